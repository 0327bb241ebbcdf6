using System.CommandLine;
using System.Globalization;
using Classifier.Training.Evaluation;
using Classifier.Training.Reports;
using Spectre.Console;

namespace Classifier.Cli.Commands;

/// <summary><c>classifier evaluate --data FILE</c>: scores the models against labeled data.</summary>
public static class EvaluateCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var data = new Option<string[]>("--data") { Description = "Labeled TSV file (repeatable)", Required = true };
        var models = new Option<string?>("--models") { Description = "Model folder (default: the models beside the app)" };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var report = new Option<string?>("--report") { Description = "Also write report.html, report.md, charts and evaluation.json to this folder" };
        var command = new Command("evaluate", "Measure the models on labeled data") { data, models, format, report };
        command.SetAction(result => Execute(
            console, result.GetValue(data) ?? [], result.GetValue(models), result.GetValue(format) ?? "table", result.GetValue(report)));
        return command;
    }

    /// <summary>Runs the command.</summary>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static int Execute(CliConsole console, IReadOnlyList<string> dataFiles, string? modelDirectory, string format, string? reportDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (CommandInputs.TryReadData(console, dataFiles, out var examples) is { } dataError)
        {
            return dataError;
        }

        if (CommandInputs.TryLoadModels(console, modelDirectory, out var loaded) is { } modelError)
        {
            return modelError;
        }

        var classifier = loaded!;

        var result = ModelEvaluator.Evaluate(classifier, examples);
        if (format == "json")
        {
            console.Out.WriteLine(EvaluationJson.Serialize(result));
        }
        else
        {
            WriteTables(console.Console, result);
        }

        if (reportDirectory is not null)
        {
            try
            {
                var written = EvaluationReport.Write(reportDirectory, result, classifier.Manifest, string.Join(", ", dataFiles));
                console.Error.WriteLine($"Report written to {written[0]} (and report.md, charts, evaluation.json)");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.WriteError($"{reportDirectory}: cannot write the report ({ex.Message})");
                return ExitCodes.OutputFailed;
            }
        }

        return ExitCodes.Success;
    }

    private static void WriteTables(IAnsiConsole console, EvaluationResult result)
    {
        var perClass = new Table().Border(TableBorder.Rounded)
            .Title($"[bold]Event label: accuracy {F(result.Label.Accuracy)}, macro-F1 {F(result.Label.MacroF1)} on {result.Examples} sentences[/]");
        perClass.AddColumn("Label");
        foreach (var name in new[] { "Precision", "Recall", "F1", "Support" })
        {
            perClass.AddColumn(new TableColumn(name).RightAligned());
        }

        foreach (var (label, m) in result.Label.PerClass)
        {
            perClass.AddRow(label, F(m.Precision), F(m.Recall), F(m.F1), m.Support.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(perClass);

        var confusion = new Table().Border(TableBorder.Rounded).Title("[bold]Confusion: gold rows, predicted columns[/]");
        confusion.AddColumn(new TableColumn("gold \\ predicted").NoWrap());
        foreach (var label in result.Label.Confusion.Labels)
        {
            // Three-letter headers keep the matrix within an 80-column terminal.
            confusion.AddColumn(new TableColumn(label[..3]).RightAligned().NoWrap());
        }

        for (var g = 0; g < result.Label.Confusion.Labels.Count; g++)
        {
            confusion.AddRow([result.Label.Confusion.Labels[g], .. result.Label.Confusion.Counts[g].Select(c => c.ToString(CultureInfo.InvariantCulture))]);
        }

        console.Write(confusion);

        var claim = new Table().Border(TableBorder.Rounded).Title("[bold]Claim flag[/]");
        claim.AddColumn("Accuracy");
        claim.AddColumn("Precision");
        claim.AddColumn("Recall");
        claim.AddColumn("F1");
        claim.AddColumn("ROC AUC");
        claim.AddRow(F(result.Claim.Accuracy), F(result.Claim.Precision), F(result.Claim.Recall), F(result.Claim.F1), F(result.Claim.Auc));
        console.Write(claim);
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
