using System.CommandLine;
using System.Globalization;
using System.Text;
using Classifier.Training;
using Classifier.Training.Auditing;
using Spectre.Console;

namespace Classifier.Cli.Commands;

/// <summary>
/// <c>classifier audit --data FILE</c>: lists rows that cross-validated models confidently
/// disagree with, most suspicious first, so a person can fix label mistakes.
/// </summary>
public static class AuditCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var data = new Option<string[]>("--data") { Description = "Labeled TSV file (repeatable)", Required = true };
        var minConfidence = new Option<double>("--min-confidence") { Description = "Show disagreements at least this confident", DefaultValueFactory = _ => 0.7 };
        var top = new Option<int>("--top") { Description = "Show at most this many rows (0: all)", DefaultValueFactory = _ => 40 };
        var output = new Option<string?>("--out") { Description = "Also write every suspect to this TSV file" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds, grouped by article", DefaultValueFactory = _ => TrainingOptions.Default.Folds };
        var command = new Command("audit", "Find probable label mistakes: rows that cross-validated models confidently disagree with")
        {
            data, minConfidence, top, output, folds,
        };
        command.SetAction(result => Execute(
            console,
            result.GetValue(data) ?? [],
            result.GetValue(minConfidence),
            result.GetValue(top),
            result.GetValue(output),
            result.GetValue(folds)));
        return command;
    }

    /// <summary>Runs the command.</summary>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static int Execute(CliConsole console, IReadOnlyList<string> dataFiles, double minConfidence, int top, string? outputFile, int folds)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (minConfidence is < 0 or > 1)
        {
            console.WriteError($"--min-confidence must be between 0 and 1, found {minConfidence.ToString(CultureInfo.InvariantCulture)}");
            return ExitCodes.Usage;
        }

        if (top < 0 || folds < 2)
        {
            console.WriteError(top < 0 ? "--top must not be negative" : $"--folds must be at least 2, found {folds}");
            return ExitCodes.Usage;
        }

        if (CommandInputs.TryReadData(console, dataFiles, out var examples) is { } dataError)
        {
            return dataError;
        }

        IReadOnlyList<SuspectLabel> suspects;
        try
        {
            var trainer = new ModelTrainer(TrainingOptions.Default with { Folds = folds, Quick = true });
            var (events, claims) = trainer.CrossValidateDefaults(examples, new LineProgress(console.Error));
            suspects = LabelAuditor.Find(examples, events, claims, minConfidence);
        }
        catch (ArgumentException ex)
        {
            console.WriteError(ex.Message);
            return ExitCodes.BadInput;
        }

        if (outputFile is not null)
        {
            try
            {
                AtomicFile.WriteAllText(outputFile, ToTsv(suspects));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.WriteError($"{outputFile}: cannot write ({ex.Message})");
                return ExitCodes.OutputFailed;
            }
        }

        WriteTable(console, suspects, top, examples.Count, minConfidence);
        return ExitCodes.Success;
    }

    private static void WriteTable(CliConsole console, IReadOnlyList<SuspectLabel> suspects, int top, int rows, double minConfidence)
    {
        var shown = top == 0 ? suspects : suspects.Take(top).ToList();
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"[bold]{suspects.Count} suspect labels in {rows} rows (cross-validated disagreement ≥ {minConfidence.ToString("0.00", CultureInfo.InvariantCulture)})[/]");
        table.AddColumn("Where");
        table.AddColumn("Field");
        table.AddColumn("Gold → suggested");
        table.AddColumn(new TableColumn("Conf.").RightAligned());
        table.AddColumn("Sentence");
        foreach (var s in shown)
        {
            table.AddRow(
                Markup.Escape($"{Path.GetFileName(s.Example.File)}:{s.Example.Line}"),
                s.Field,
                Markup.Escape($"{s.Gold} → {s.Suggested}"),
                s.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                Markup.Escape(s.Example.Text));
        }

        console.Console.Write(table);
        if (shown.Count < suspects.Count)
        {
            console.Console.WriteLine($"{suspects.Count - shown.Count} more; use --top 0 or --out FILE to see all.");
        }
    }

    private static string ToTsv(IReadOnlyList<SuspectLabel> suspects)
    {
        var text = new StringBuilder("text\tlabel\tclaim\tsource\tfield\tsuggested\tconfidence\tfile\tline\n");
        foreach (var s in suspects)
        {
            var e = s.Example;
            text.Append(CultureInfo.InvariantCulture, $"{e.Text}\t{e.Label}\t{(e.Claim ? 1 : 0)}\t{e.Source}\t{s.Field}\t{s.Suggested}\t{s.Confidence:0.000}\t{e.File}\t{e.Line}\n");
        }

        return text.ToString();
    }
}
