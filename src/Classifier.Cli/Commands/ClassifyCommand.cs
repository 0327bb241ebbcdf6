using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Classifier.Cli.Commands;

/// <summary><c>classifier classify PATH...</c>: labels every sentence of articles or lines.</summary>
public static class ClassifyCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="stdin">Standard input, for the path <c>-</c>.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console, TextReader stdin)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (*.txt, recursively) or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var lines = new Option<bool>("--lines") { Description = "Treat each non-empty line as one sentence (no cleaning or splitting)" };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "jsonl", "csv");
        var models = new Option<string?>("--models") { Description = "Model folder (default: the models beside the app)" };
        var explain = new Option<bool>("--explain") { Description = "Show the n-grams that pushed each decision most" };

        var command = new Command("classify", "Label every sentence of news articles and flag checkable claims") { paths, lines, format, models, explain };
        command.SetAction(result => Execute(
            console,
            stdin,
            result.GetValue(paths) ?? [],
            result.GetValue(lines),
            result.GetValue(format) ?? "table",
            result.GetValue(models),
            result.GetValue(explain)));
        return command;
    }

    /// <summary>Runs the command.</summary>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static int Execute(CliConsole console, TextReader stdin, IReadOnlyList<string> paths, bool lines, string format, string? modelDirectory, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(console);
        IReadOnlyList<InputText> inputs;
        try
        {
            inputs = InputReader.Read(paths, stdin);
        }
        catch (InputException ex)
        {
            console.WriteError(ex.Message);
            return ExitCodes.BadInput;
        }

        if (CommandInputs.TryLoadModels(console, modelDirectory, out var loaded) is { } modelError)
        {
            return modelError;
        }

        var classifier = loaded!;

        var results = inputs.Select(input => (input.Source, Sentences: Classify(classifier, input.Text, lines))).ToList();

        // Explaining re-scores each sentence through the featurizer, so it is only done when asked.
        var explanations = explain
            ? results.SelectMany(r => r.Sentences).Select(s => s.Prediction.Text).Distinct().ToDictionary(t => t, t => classifier.Explain(t))
            : null;
        Explanation? Why(ArticleSentence sentence) => explanations?[sentence.Prediction.Text];
        switch (format)
        {
            case "json":
                console.Out.WriteLine(JsonSerializer.Serialize(
                    new { articles = results.Select(r => new { source = r.Source, sentences = r.Sentences.Select(s => ToJsonRow(r.Source, s, Why(s))) }) },
                    JsonOptions));
                break;
            case "jsonl":
                foreach (var (source, sentences) in results)
                {
                    foreach (var sentence in sentences)
                    {
                        console.Out.WriteLine(JsonSerializer.Serialize(ToJsonRow(source, sentence, Why(sentence)), JsonOptions));
                    }
                }

                break;
            case "csv":
                WriteCsv(console.Out, classifier.Labels, results);
                break;
            default:
                foreach (var (source, sentences) in results)
                {
                    WriteTable(console.Console, source, sentences, explanations is null ? null : Why);
                }

                break;
        }

        return ExitCodes.Success;
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
        return spans.Select((s, i) => new ArticleSentence(i, s.Start, s.Text.Length, predictions[i])).ToList();
    }

    private static object ToJsonRow(string source, ArticleSentence sentence, Explanation? explanation) => new
    {
        source,
        sentence = sentence.Index,
        text = sentence.Prediction.Text,
        label = sentence.Prediction.Label,
        cameo = EventLabels.CameoCode(sentence.Prediction.Label),
        confidence = Math.Round(sentence.Prediction.Confidence, 4),
        scores = sentence.Prediction.Scores.ToDictionary(p => p.Key, p => Math.Round(p.Value, 4)),
        claim = sentence.Prediction.IsClaim,
        claimScore = Math.Round(sentence.Prediction.ClaimScore, 4),
        explanation = explanation is null ? null : new
        {
            label = explanation.LabelTerms.Select(t => new { term = t.Term, weight = t.Weight }),
            claim = explanation.ClaimTerms.Select(t => new { term = t.Term, weight = t.Weight }),
        },
    };

    private static void WriteCsv(TextWriter writer, IReadOnlyList<string> labels, IEnumerable<(string Source, IReadOnlyList<ArticleSentence> Sentences)> results)
    {
        writer.WriteLine(string.Join(',', new[] { "source", "sentence", "text", "label", "confidence", "claim", "claimScore" }.Concat(labels)));
        foreach (var (source, sentences) in results)
        {
            foreach (var s in sentences)
            {
                var p = s.Prediction;
                var fields = new[]
                {
                    Csv(source), s.Index.ToString(CultureInfo.InvariantCulture), Csv(p.Text), p.Label,
                    Number(p.Confidence), p.IsClaim ? "1" : "0", Number(p.ClaimScore),
                }.Concat(labels.Select(l => Number(p.Scores[l])));
                writer.WriteLine(string.Join(',', fields));
            }
        }
    }

    private static string Number(float value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static void WriteTable(IAnsiConsole console, string source, IReadOnlyList<ArticleSentence> sentences, Func<ArticleSentence, Explanation?>? why)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(source)}[/]");
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Label");
        table.AddColumn(new TableColumn("Conf.").RightAligned());
        table.AddColumn("Claim");
        table.AddColumn("Sentence");
        if (why is not null)
        {
            table.AddColumn("Why (label · claim)");
        }

        foreach (var s in sentences)
        {
            var p = s.Prediction;
            IRenderable[] cells =
            [
                new Spectre.Console.Text(s.Index.ToString(CultureInfo.InvariantCulture)),
                new Markup($"[{LabelColour(p.Label)}]{Markup.Escape(p.Label)}[/]"),
                new Spectre.Console.Text(p.Confidence.ToString("0.00", CultureInfo.InvariantCulture)),
                new Spectre.Console.Text(p.IsClaim ? $"✓ {p.ClaimScore.ToString("0.00", CultureInfo.InvariantCulture)}" : $"· {p.ClaimScore.ToString("0.00", CultureInfo.InvariantCulture)}"),
                new Spectre.Console.Text(p.Text),
            ];
            table.AddRow(why?.Invoke(s) is { } explanation ? [.. cells, new Spectre.Console.Text(Describe(explanation))] : cells);
        }

        console.Write(table);
        var summary = new StringBuilder();
        summary.Append(CultureInfo.InvariantCulture, $"{sentences.Count} sentences, {sentences.Count(s => s.Prediction.IsClaim)} claims: ");
        summary.Append(string.Join(", ", EventLabels.All.Select(l => $"{l} {sentences.Count(s => s.Prediction.Label == l)}")));
        console.WriteLine(summary.ToString());
        console.WriteLine();
    }

    private static string Describe(Explanation explanation)
    {
        static string Terms(IReadOnlyList<TermWeight> terms) =>
            terms.Count == 0 ? "–" : string.Join(", ", terms.Take(3).Select(t => $"{t.Term} {t.Weight.ToString("+0.00;-0.00", CultureInfo.InvariantCulture)}"));
        return $"{Terms(explanation.LabelTerms)} · {Terms(explanation.ClaimTerms)}";
    }

    private static string LabelColour(string label) => label switch
    {
        EventLabels.Accusation => "red",
        EventLabels.Denial => "yellow",
        EventLabels.Sanction => "magenta",
        EventLabels.MilitaryCooperation => "cyan",
        _ => "grey",
    };
}
