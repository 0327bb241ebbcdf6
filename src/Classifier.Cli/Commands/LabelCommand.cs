using System.CommandLine;
using Classifier.Training;
using Classifier.Training.Data;
using Classifier.Training.Labeling;
using Spectre.Console;

namespace Classifier.Cli.Commands;

/// <summary>
/// <c>classifier label ARTICLES... --out candidates.tsv</c>: splits new articles into sentences,
/// drops those already labeled, and pre-labels the rest with the models and trigger rules, least
/// certain first, for a person to correct and pass back to <c>train --data</c>.
/// </summary>
public static class LabelCommand
{
    // Labeled data looked up by default, relative to the working folder, when --known is not given.
    private static readonly string[] DefaultKnown = [Path.Combine("data", "train.tsv"), Path.Combine("data", "test.tsv")];

    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="stdin">Standard input, for the path <c>-</c>.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console, TextReader stdin)
    {
        var paths = new Argument<string[]>("articles")
        {
            Description = "Article files, folders (*.txt, recursively), globs or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out") { Description = "The candidates file to write (TSV)", Required = true };
        var known = new Option<string[]>("--known") { Description = "Labeled TSV files whose sentences to leave out (default: data/train.tsv and data/test.tsv if present)" };
        var models = new Option<string?>("--models") { Description = "Model folder (default: the models beside the app)" };
        var command = new Command("label", "Pre-label the sentences of new articles for a person to correct, least certain first")
        {
            paths, output, known, models,
        };
        command.SetAction(result => Execute(
            console, stdin, result.GetValue(paths) ?? [], result.GetValue(output)!, result.GetValue(known), result.GetValue(models)));
        return command;
    }

    /// <summary>Runs the command.</summary>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static int Execute(CliConsole console, TextReader stdin, IReadOnlyList<string> paths, string outputFile, IReadOnlyList<string>? knownFiles, string? modelDirectory)
    {
        ArgumentNullException.ThrowIfNull(console);
        var batch = InputReader.Read(paths, stdin);
        foreach (var problem in batch.Problems)
        {
            console.WriteError(problem.Message);
        }

        if (batch.Problems.Count > 0)
        {
            return ExitCodes.BadInput;
        }

        IReadOnlyList<string> known;
        try
        {
            known = ReadKnown(knownFiles is { Count: > 0 } ? knownFiles : [.. DefaultKnown.Where(File.Exists)]);
        }
        catch (DataFormatException ex)
        {
            console.WriteError(ex.Message);
            return ExitCodes.BadInput;
        }

        if (CommandInputs.TryLoadModels(console, modelDirectory, out var classifier) is { } modelError)
        {
            return modelError;
        }

        var sentences = batch.Texts.SelectMany(t => CandidateWriter.Extract(t.Text, Path.GetFileNameWithoutExtension(t.Source))).ToList();
        var suggestions = CandidateLabeler.Suggest(sentences, classifier!, known);
        try
        {
            AtomicFile.WriteAllText(outputFile, CandidateLabeler.Format(suggestions));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.WriteError($"{outputFile}: cannot write ({ex.Message})");
            return ExitCodes.OutputFailed;
        }

        var bySource = string.Join(", ", suggestions.GroupBy(s => s.SuggestedBy).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        console.Console.WriteLine(
            $"{suggestions.Count} sentences from {batch.Texts.Count} articles written to {outputFile}, least certain first " +
            $"({sentences.Count - suggestions.Count} already labeled or repeated, left out; suggested by {(bySource.Length == 0 ? "none" : bySource)}). " +
            "Correct the label and claim columns, then train with --data.");
        return ExitCodes.Success;
    }

    private static List<string> ReadKnown(IReadOnlyList<string> files)
    {
        var texts = new List<string>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new DataFormatException(file, 0, "file not found");
            }

            using var reader = new StreamReader(file);
            var header = reader.ReadLine()?.Split('\t') ?? [];
            var column = Array.FindIndex(header, h => string.Equals(h.Trim(), LabeledDataReader.TextColumn, StringComparison.OrdinalIgnoreCase));
            if (column < 0)
            {
                throw new DataFormatException(file, 1, "header lacks the column text");
            }

            while (reader.ReadLine() is { } line)
            {
                var fields = line.Split('\t');
                if (fields.Length > column && fields[column].Length > 0)
                {
                    texts.Add(fields[column]);
                }
            }
        }

        return texts;
    }
}
