using System.CommandLine;
using System.Globalization;
using Classifier.Torch;
using Classifier.Training;
using Classifier.Training.Selection;
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
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds, grouped by article", DefaultValueFactory = _ => TrainingOptions.Default.Folds };
        var quick = new Option<bool>("--quick") { Description = "Skip the model search and train the default candidates" };
        var trainer = new Option<string?>("--trainer")
        {
            Description = $"Train one trainer family alone, with the default features: {string.Join(", ", TrainerNames.Families.Keys)}",
        };
        trainer.AcceptOnlyFromAmong([.. TrainerNames.Families.Keys]);
        var command = new Command("train", "Choose the event and claim models by cross-validation, train them and save them with a manifest and leaderboard")
        {
            data, output, seed, folds, quick, trainer,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(Execute(
            console,
            result.GetValue(data) ?? [],
            result.GetValue(output)!,
            Options(result.GetValue(seed), result.GetValue(folds), result.GetValue(quick), result.GetValue(trainer)),
            cancellationToken)));
        return command;
    }

    /// <summary>The training options a command line asks for.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="folds">The folds.</param>
    /// <param name="quick">Whether to skip the search.</param>
    /// <param name="trainer">A trainer family to train alone, or <see langword="null"/>.</param>
    /// <returns>The options.</returns>
    public static TrainingOptions Options(int seed, int folds, bool quick, string? trainer)
    {
        var options = TrainingOptions.Default with { Seed = seed, Folds = folds, Quick = quick };
        if (trainer is not null && TrainerNames.Families.TryGetValue(trainer, out var family))
        {
            // One family alone means no search.
            options = options with { Quick = true, EventTrainer = family.Event, ClaimTrainer = family.Claim };
        }

        return options;
    }

    /// <summary>Runs the command.</summary>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static int Execute(CliConsole console, IReadOnlyList<string> dataFiles, string outputDirectory, TrainingOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Folds < 2)
        {
            console.WriteError($"--folds must be at least 2, found {options.Folds}");
            return ExitCodes.Usage;
        }

        if (CommandInputs.TryReadData(console, dataFiles, out var examples) is { } dataError)
        {
            return dataError;
        }

        TrainedModels models;
        try
        {
            models = new ModelTrainer(options, new TorchFastTextTrainer()).Train(examples, new LineProgress(console.Error), cancellationToken);
        }
        catch (ArgumentException ex)
        {
            console.WriteError(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("cannot run on this machine", StringComparison.Ordinal))
        {
            console.WriteError($"{ex.Message}; the other trainers still run: --trainer {string.Join("|", TrainerNames.Families.Keys.Where(k => k != "torch"))}, or no --trainer for the search");
            return ExitCodes.TrainerUnavailable;
        }
        catch (OperationCanceledException)
        {
            console.WriteError("training cancelled; no model was written");
            return ExitCodes.Cancelled;
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

        foreach (var note in models.Notes)
        {
            console.Error.WriteLine($"warning: {note}");
        }

        WriteLeaderboard(console, models.Leaderboard);
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Selected models, cross-validated[/]");
        table.AddColumn("Model");
        table.AddColumn("Metric");
        table.AddColumn(new TableColumn("Value").RightAligned());
        table.AddRow("event", "accuracy", F(manifest.Metrics.EventAccuracy));
        table.AddRow("event", "macro-F1", F(manifest.Metrics.EventMacroF1));
        table.AddRow("claim", "accuracy", F(manifest.Metrics.ClaimAccuracy));
        table.AddRow("claim", $"F1 at threshold {F(manifest.ClaimModel.Threshold)}", F(manifest.Metrics.ClaimF1));
        table.AddRow("claim", "ROC AUC", F(manifest.Metrics.ClaimAuc));
        console.Console.Write(table);
        console.Console.WriteLine($"{manifest.Metrics.Method}. Trained on {examples.Count} sentences; models written to {outputDirectory}");
        return ExitCodes.Success;
    }

    private static void WriteLeaderboard(CliConsole console, Leaderboard leaderboard)
    {
        foreach (var (title, results, chosen) in new[]
        {
            ("Event model candidates", leaderboard.Event, leaderboard.EventChosen),
            ("Claim model candidates", leaderboard.Claim, leaderboard.ClaimChosen),
        })
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{title}[/]");
            table.AddColumn(new TableColumn("#").RightAligned());
            table.AddColumn(new TableColumn("Trainer").NoWrap());
            table.AddColumn(new TableColumn("Features").NoWrap());
            table.AddColumn(new TableColumn(results[0].Metric).RightAligned());
            table.AddColumn(new TableColumn("± std").RightAligned());
            table.AddColumn(new TableColumn("fit s").RightAligned());
            table.AddColumn(new TableColumn("KB").RightAligned());
            for (var i = 0; i < results.Count; i++)
            {
                var r = results[i];
                var style = i == chosen ? "bold green" : "default";
                table.AddRow(
                    (i + 1).ToString(CultureInfo.InvariantCulture),
                    $"[{style}]{Markup.Escape(r.Trainer)}[/]",
                    Markup.Escape(r.Featurizer.Describe()),
                    $"[{style}]{F(r.Mean)}[/]",
                    F(r.StdDev),
                    r.FitSeconds.ToString("0.0", CultureInfo.InvariantCulture),
                    (r.ModelBytes / 1024).ToString(CultureInfo.InvariantCulture));
            }

            console.Console.Write(table);
        }
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
