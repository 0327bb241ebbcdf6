using System.CommandLine;
using System.Globalization;
using Classifier.Training;
using Spectre.Console;

namespace Classifier.Cli.Commands;

/// <summary><c>classifier train --data FILE --out DIR</c>: trains and saves both models.</summary>
public static class TrainCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var data = new Option<string[]>("--data") { Description = "Labeled TSV file (repeatable)", Required = true, AllowMultipleArgumentsPerToken = false };
        var output = new Option<string>("--out") { Description = "Model folder to write", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => TrainingOptions.Default.Seed };
        var command = new Command("train", "Train the event and claim models and save them with a manifest") { data, output, seed };
        command.SetAction(result => Execute(console, result.GetValue(data) ?? [], result.GetValue(output)!, result.GetValue(seed)));
        return command;
    }

    /// <summary>Runs the command.</summary>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static int Execute(CliConsole console, IReadOnlyList<string> dataFiles, string outputDirectory, int seed)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (CommandInputs.TryReadData(console, dataFiles, out var examples) is { } dataError)
        {
            return dataError;
        }

        var options = TrainingOptions.Default with { Seed = seed };
        TrainedModels models;
        try
        {
            models = new ModelTrainer(options).Train(examples, new SynchronousProgress(console.Error));
        }
        catch (ArgumentException ex)
        {
            console.WriteError(ex.Message);
            return ExitCodes.BadInput;
        }

        ModelManifest manifest;
        try
        {
            manifest = ModelWriter.Save(outputDirectory, models, options, dataFiles, examples);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.WriteError($"{outputDirectory}: cannot write the models ({ex.Message})");
            return ExitCodes.OutputFailed;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Cross-validated[/]");
        table.AddColumn("Model");
        table.AddColumn("Metric");
        table.AddColumn(new TableColumn("Value").RightAligned());
        table.AddRow("event", "accuracy", F(manifest.Metrics.EventAccuracy));
        table.AddRow("event", "macro-F1", F(manifest.Metrics.EventMacroF1));
        table.AddRow("claim", "accuracy", F(manifest.Metrics.ClaimAccuracy));
        table.AddRow("claim", "F1", F(manifest.Metrics.ClaimF1));
        table.AddRow("claim", "ROC AUC", F(manifest.Metrics.ClaimAuc));
        console.Console.Write(table);
        console.Console.WriteLine($"{manifest.Metrics.Method}. Trained on {examples.Count} sentences; models written to {outputDirectory}");
        return ExitCodes.Success;
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    // Progress<T> posts to the thread pool; training reports from one thread and wants lines in order.
    private sealed class SynchronousProgress(TextWriter writer) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => writer.WriteLine($"[{value.Step}/{value.Steps}] {value.Description}");
    }
}
