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

        var (sources, problems) = InputReader.Resolve(options.Paths);
        foreach (var problem in problems)
        {
            console.WriteError(problem.Message);
        }

        if (sources.Count == 0)
        {
            return ExitCodes.BadInput;
        }

        if (CommandInputs.TryLoadModels(console, options.Models, out var loaded) is { } modelError)
        {
            return modelError;
        }

        var run = new Run(console, stdin, loaded!, options);
        var clock = Stopwatch.StartNew();
        if (options.Output is null)
        {
            run.ClassifyAll(sources, console.Out, console.Console);
        }
        else
        {
            // The file appears whole when everything is written, or not at all.
            try
            {
                AtomicFile.Write(options.Output, stream =>
                {
                    using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
                    var plain = AnsiConsole.Create(new AnsiConsoleSettings
                    {
                        Ansi = AnsiSupport.No,
                        ColorSystem = ColorSystemSupport.NoColors,
                        Interactive = InteractionSupport.No,
                        Out = new AnsiConsoleOutput(writer),
                    });
                    plain.Profile.Width = 160;
                    run.ClassifyAll(sources, writer, plain);
                });
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.WriteError($"{options.Output}: cannot write ({ex.Message})");
                return ExitCodes.OutputFailed;
            }
        }

        run.WriteSummary(clock.Elapsed);
        return problems.Count + run.Refused > 0 ? ExitCodes.BadInput : ExitCodes.Success;
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

    /// <summary>One classify run: reads each input, classifies it in chunks, writes what is reported and keeps the counts.</summary>
    private sealed class Run(CliConsole console, TextReader stdin, SentenceClassifier classifier, ClassifyOptions options)
    {
        // Lines classified per chunk in --lines mode: bounded memory for inputs of any size.
        private const int ChunkSize = 4096;

        private readonly Dictionary<string, int> _counts = EventLabels.All.ToDictionary(l => l, _ => 0, StringComparer.Ordinal);
        private int _inputs;
        private int _claims;

        public int Refused { get; private set; }

        public void ClassifyAll(IReadOnlyList<string> sources, TextWriter writer, IAnsiConsole ansi)
        {
            Func<ArticleSentence, Explanation?>? why = options.Explain ? s => classifier.Explain(s.Prediction.Text) : null;
            var formatter = new ClassifyFormatter(options.Format, writer, ansi, classifier.Labels, why);
            if (sources.Count <= ProgressThreshold)
            {
                foreach (var source in sources)
                {
                    ClassifyOne(source, formatter);
                }
            }
            else
            {
                ErrorConsole(console).Progress().AutoClear(true).Start(context =>
                {
                    var task = context.AddTask("Classifying", maxValue: sources.Count);
                    foreach (var source in sources)
                    {
                        ClassifyOne(source, formatter);
                        task.Increment(1);
                    }
                });
            }

            formatter.Finish();
        }

        public void WriteSummary(TimeSpan elapsed)
        {
            var sentences = _counts.Values.Sum();
            var rate = elapsed.TotalSeconds > 0 ? sentences / elapsed.TotalSeconds : 0;
            var refused = Refused > 0 ? $"; {Refused} input{(Refused == 1 ? string.Empty : "s")} refused" : string.Empty;
            console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{_inputs} input{(_inputs == 1 ? string.Empty : "s")}, {sentences} sentences, {_claims} claims ({string.Join(", ", EventLabels.All.Select(l => $"{l} {_counts[l]}"))}) in {elapsed.TotalSeconds:0.00} s, {rate:0} sentences/s{refused}"));
        }

        private void ClassifyOne(string source, ClassifyFormatter formatter)
        {
            var counts = EventLabels.All.ToDictionary(l => l, _ => 0, StringComparer.Ordinal);
            var claims = 0;
            IEnumerable<IReadOnlyList<ArticleSentence>> chunks;
            LineSource? lines = null;
            if (options.Lines)
            {
                lines = InputReader.OpenLines(source, stdin);
                if (lines is null)
                {
                    Refuse(source);
                    return;
                }

                chunks = ClassifyLines(lines);
            }
            else
            {
                var text = InputReader.ReadText(source, stdin);
                if (text is null)
                {
                    Refuse(source);
                    return;
                }

                if (text.Warning is not null)
                {
                    console.Error.WriteLine($"warning: {text.Warning}");
                }

                chunks = [classifier.ClassifyArticle(text.Text).Sentences];
            }

            using (lines)
            {
                _inputs++;
                formatter.BeginInput(source);
                foreach (var chunk in chunks)
                {
                    var sentences = chunk.Select(ApplyMinConfidence).ToList();
                    foreach (var s in sentences)
                    {
                        counts[s.Prediction.Label]++;
                        claims += s.Prediction.IsClaim ? 1 : 0;
                    }

                    formatter.Write(source, [.. sentences.Where(IsReported)]);
                }

                formatter.EndInput(source, counts, claims);
                if (lines is { Replaced: > 0 })
                {
                    console.Error.WriteLine($"warning: {source}: invalid UTF-8, {lines.Replaced} character{(lines.Replaced == 1 ? string.Empty : "s")} replaced with U+FFFD");
                }
            }

            foreach (var (label, count) in counts)
            {
                _counts[label] += count;
            }

            _claims += claims;
        }

        private IEnumerable<IReadOnlyList<ArticleSentence>> ClassifyLines(LineSource lines)
        {
            var index = 0;
            foreach (var chunk in lines.Lines().Where(l => l.Line.Trim().Length > 0).Chunk(ChunkSize))
            {
                var texts = chunk.Select(l => l.Line.Trim()).ToList();
                var predictions = classifier.Classify(texts);
                yield return [.. chunk.Select((l, i) => new ArticleSentence(
                    index + i,
                    (int)Math.Min(int.MaxValue, l.Offset + l.Line.IndexOf(texts[i][0], StringComparison.Ordinal)),
                    texts[i].Length,
                    predictions[i]))];
                index += chunk.Length;
            }
        }

        private void Refuse(string source)
        {
            console.WriteError(InputReader.Binary(source).Message);
            Refused++;
        }

        private ArticleSentence ApplyMinConfidence(ArticleSentence sentence)
        {
            var p = sentence.Prediction;
            return p.Confidence >= options.MinConfidence || p.Label == EventLabels.Other
                ? sentence
                : sentence with { Prediction = p with { Label = EventLabels.Other, Confidence = p.Scores[EventLabels.Other] } };
        }

        private bool IsReported(ArticleSentence sentence) =>
            (options.Only is null || options.Only.Contains(sentence.Prediction.Label, StringComparer.Ordinal))
            && (!options.ClaimsOnly || sentence.Prediction.IsClaim);
    }

    private static IAnsiConsole ErrorConsole(CliConsole console) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(console.Error),
    });
}
