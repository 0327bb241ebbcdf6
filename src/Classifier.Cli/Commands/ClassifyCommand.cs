using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Classifier.Training;
using Spectre.Console;

namespace Classifier.Cli.Commands;

/// <summary>What <c>classify</c> was asked to do.</summary>
/// <param name="Paths">Files, folders, globs or <c>-</c>.</param>
/// <param name="Lines">Treat each non-empty line as one sentence.</param>
/// <param name="Format">table, json, jsonl or csv.</param>
/// <param name="Models">The model folder, or <see langword="null"/> for the default.</param>
/// <param name="Explain">Add the n-grams behind each decision.</param>
/// <param name="Output">Write the results to this file (atomically) instead of standard output.</param>
/// <param name="Only">Report only sentences with these labels; <see langword="null"/> for all.</param>
/// <param name="ClaimsOnly">Report only checkable claims.</param>
/// <param name="MinConfidence">Below this confidence a sentence is reported as <c>other</c>, its scores kept.</param>
public sealed record ClassifyOptions(
    IReadOnlyList<string> Paths,
    bool Lines = false,
    string Format = "table",
    string? Models = null,
    bool Explain = false,
    string? Output = null,
    IReadOnlyList<string>? Only = null,
    bool ClaimsOnly = false,
    double MinConfidence = 0);

/// <summary><c>classifier classify PATH...</c>: labels every sentence of articles or lines.</summary>
public static class ClassifyCommand
{
    // More files than this get a progress bar on standard error.
    private const int ProgressThreshold = 5;

    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="stdin">Standard input, for the path <c>-</c>.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console, TextReader stdin)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (*.txt, recursively), globs (news/*.txt) or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var lines = new Option<bool>("--lines") { Description = "Treat each non-empty line as one sentence (no cleaning or splitting)" };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "jsonl", "csv");
        var models = new Option<string?>("--models") { Description = "Model folder (default: the models beside the app)" };
        var explain = new Option<bool>("--explain") { Description = "Show the n-grams that pushed each decision most" };
        var output = new Option<string?>("--output") { Description = "Write the results to this file instead of standard output" };
        var only = new Option<string?>("--only") { Description = $"Report only these labels, comma-separated ({string.Join(", ", EventLabels.All)})" };
        var claimsOnly = new Option<bool>("--claims-only") { Description = "Report only checkable claims" };
        var minConfidence = new Option<double>("--min-confidence") { Description = "Report sentences below this confidence as other (scores kept)" };

        var command = new Command("classify", "Label every sentence of news articles and flag checkable claims")
        {
            paths, lines, format, models, explain, output, only, claimsOnly, minConfidence,
        };
        command.SetAction(result => Execute(
            console,
            stdin,
            new ClassifyOptions(
                result.GetValue(paths) ?? [],
                result.GetValue(lines),
                result.GetValue(format) ?? "table",
                result.GetValue(models),
                result.GetValue(explain),
                result.GetValue(output),
                result.GetValue(only)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                result.GetValue(claimsOnly),
                result.GetValue(minConfidence))));
        return command;
    }

    /// <summary>Runs the command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="options">What to do.</param>
    /// <returns>An exit code from <see cref="ExitCodes"/>: bad input when any input was refused, even if others were classified.</returns>
    public static int Execute(CliConsole console, TextReader stdin, ClassifyOptions options)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(options);
        if (Validate(options) is { } usage)
        {
            console.WriteError(usage);
            return ExitCodes.Usage;
        }

        var batch = InputReader.Read(options.Paths, stdin);
        foreach (var problem in batch.Problems)
        {
            console.WriteError(problem.Message);
        }

        foreach (var warning in batch.Texts.Select(t => t.Warning).OfType<string>())
        {
            console.Error.WriteLine($"warning: {warning}");
        }

        if (batch.Texts.Count == 0)
        {
            return ExitCodes.BadInput;
        }

        if (CommandInputs.TryLoadModels(console, options.Models, out var loaded) is { } modelError)
        {
            return modelError;
        }

        var classifier = loaded!;
        var clock = Stopwatch.StartNew();
        var classified = ClassifyAll(console, classifier, batch.Texts, options);
        var elapsed = clock.Elapsed;
        var reported = classified
            .Select(c => new ClassifiedInput(c.Source, [.. c.Sentences.Where(s => IsReported(s, options))]))
            .ToList();

        // Explaining re-scores each sentence through the featurizer, so it is only done when asked.
        var explanations = options.Explain
            ? reported.SelectMany(r => r.Sentences).Select(s => s.Prediction.Text).Distinct().ToDictionary(t => t, t => classifier.Explain(t))
            : null;
        Func<ArticleSentence, Explanation?>? why = explanations is null ? null : s => explanations[s.Prediction.Text];

        if (WriteResults(console, options, reported, classifier.Labels, why) is { } outputError)
        {
            return outputError;
        }

        WriteSummary(console, classified, batch.Problems.Count, elapsed);
        return batch.Problems.Count > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }

    private static string? Validate(ClassifyOptions options)
    {
        if (options.MinConfidence is < 0 or > 1)
        {
            return $"--min-confidence must be between 0 and 1, found {options.MinConfidence.ToString(CultureInfo.InvariantCulture)}";
        }

        var unknown = options.Only?.Where(l => !EventLabels.IsKnown(l)).ToList();
        return unknown is { Count: > 0 }
            ? $"--only: unknown label{(unknown.Count > 1 ? "s" : string.Empty)} {string.Join(", ", unknown)} (known: {string.Join(", ", EventLabels.All)})"
            : null;
    }

    private static List<ClassifiedInput> ClassifyAll(CliConsole console, SentenceClassifier classifier, IReadOnlyList<InputText> texts, ClassifyOptions options)
    {
        ClassifiedInput One(InputText input) =>
            new(input.Source, [.. Classify(classifier, input.Text, options.Lines).Select(s => ApplyMinConfidence(s, options.MinConfidence))]);

        if (texts.Count <= ProgressThreshold)
        {
            return [.. texts.Select(One)];
        }

        var results = new List<ClassifiedInput>(texts.Count);
        ErrorConsole(console).Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask("Classifying", maxValue: texts.Count);
            foreach (var text in texts)
            {
                results.Add(One(text));
                task.Increment(1);
            }
        });
        return results;
    }

    private static IReadOnlyList<ArticleSentence> Classify(SentenceClassifier classifier, string text, bool lines)
    {
        if (!lines)
        {
            return classifier.ClassifyArticle(text).Sentences;
        }

        var spans = new List<(int Start, string Text)>();
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                spans.Add((start + line.IndexOf(trimmed[0], StringComparison.Ordinal), trimmed));
            }

            start += line.Length + 1;
        }

        var predictions = classifier.Classify(spans.Select(s => s.Text));
        return [.. spans.Select((s, i) => new ArticleSentence(i, s.Start, s.Text.Length, predictions[i]))];
    }

    private static ArticleSentence ApplyMinConfidence(ArticleSentence sentence, double minConfidence)
    {
        var p = sentence.Prediction;
        return p.Confidence >= minConfidence || p.Label == EventLabels.Other
            ? sentence
            : sentence with { Prediction = p with { Label = EventLabels.Other, Confidence = p.Scores[EventLabels.Other] } };
    }

    private static bool IsReported(ArticleSentence sentence, ClassifyOptions options) =>
        (options.Only is null || options.Only.Contains(sentence.Prediction.Label, StringComparer.Ordinal))
        && (!options.ClaimsOnly || sentence.Prediction.IsClaim);

    private static int? WriteResults(
        CliConsole console, ClassifyOptions options, IReadOnlyList<ClassifiedInput> results, IReadOnlyList<string> labels, Func<ArticleSentence, Explanation?>? why)
    {
        if (options.Output is null)
        {
            ClassifyFormatter.Write(options.Format, results, labels, why, console.Out, console.Console);
            return null;
        }

        // Render everything first, then move the file into place: a failure leaves no half-written file.
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var plain = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(text),
        });
        plain.Profile.Width = 160;
        ClassifyFormatter.Write(options.Format, results, labels, why, text, plain);
        try
        {
            AtomicFile.WriteAllText(options.Output, text.ToString());
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.WriteError($"{options.Output}: cannot write ({ex.Message})");
            return ExitCodes.OutputFailed;
        }
    }

    private static void WriteSummary(CliConsole console, IReadOnlyList<ClassifiedInput> classified, int refused, TimeSpan elapsed)
    {
        var sentences = classified.Sum(c => c.Sentences.Count);
        var counts = string.Join(", ", EventLabels.All.Select(l => $"{l} {classified.Sum(c => c.Sentences.Count(s => s.Prediction.Label == l))}"));
        var claims = classified.Sum(c => c.Sentences.Count(s => s.Prediction.IsClaim));
        var rate = elapsed.TotalSeconds > 0 ? sentences / elapsed.TotalSeconds : 0;
        var skipped = refused > 0 ? $"; {refused} input{(refused == 1 ? string.Empty : "s")} refused" : string.Empty;
        console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{classified.Count} input{(classified.Count == 1 ? string.Empty : "s")}, {sentences} sentences, {claims} claims ({counts}) in {elapsed.TotalSeconds:0.00} s, {rate:0} sentences/s{skipped}"));
    }

    private static IAnsiConsole ErrorConsole(CliConsole console) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(console.Error),
    });
}
