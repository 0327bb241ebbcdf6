using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Classifier.Cli.Commands;

/// <summary>
/// Writes classified sentences as a table, JSON, JSON lines or CSV, input by input and chunk by
/// chunk, so that a huge input streams through; only <c>json</c>, one document, is held to the end.
/// </summary>
internal sealed class ClassifyFormatter(
    string format,
    TextWriter writer,
    IAnsiConsole console,
    IReadOnlyList<string> labels,
    Func<ArticleSentence, Explanation?>? why)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly List<object> _jsonArticles = [];
    private List<object>? _jsonSentences;
    private bool _csvHeaderWritten;

    /// <summary>Starts an input.</summary>
    /// <param name="source">The file, or <c>-</c>.</param>
    public void BeginInput(string source)
    {
        if (format == "json")
        {
            _jsonSentences = [];
            _jsonArticles.Add(new { source, sentences = _jsonSentences });
        }
    }

    /// <summary>Writes sentences of the current input.</summary>
    /// <param name="source">The file, or <c>-</c>.</param>
    /// <param name="sentences">The next sentences to report.</param>
    public void Write(string source, IReadOnlyList<ArticleSentence> sentences)
    {
        switch (format)
        {
            case "json":
                _jsonSentences!.AddRange(sentences.Select(s => ToJsonRow(source, s, why?.Invoke(s))));
                break;
            case "jsonl":
                foreach (var sentence in sentences)
                {
                    writer.WriteLine(JsonSerializer.Serialize(ToJsonRow(source, sentence, why?.Invoke(sentence)), JsonOptions));
                }

                break;
            case "csv":
                if (!_csvHeaderWritten)
                {
                    writer.WriteLine(string.Join(',', new[] { "source", "sentence", "text", "label", "confidence", "claim", "claimScore" }.Concat(labels)));
                    _csvHeaderWritten = true;
                }

                WriteCsv(writer, labels, source, sentences);
                break;
            default:
                if (sentences.Count > 0)
                {
                    WriteTable(console, source, sentences, why);
                }

                break;
        }
    }

    /// <summary>Ends an input; the table format prints its per-input summary.</summary>
    /// <param name="source">The file, or <c>-</c>.</param>
    /// <param name="counts">Sentences classified per label, before filtering.</param>
    /// <param name="claims">Claims among them.</param>
    public void EndInput(string source, IReadOnlyDictionary<string, int> counts, int claims)
    {
        if (format is "table")
        {
            console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{source}: {counts.Values.Sum()} sentences, {claims} claims: {string.Join(", ", EventLabels.All.Select(l => $"{l} {counts.GetValueOrDefault(l)}"))}"));
            console.WriteLine();
        }
    }

    /// <summary>Finishes the output; the json format writes its one document.</summary>
    public void Finish()
    {
        if (format == "json")
        {
            writer.WriteLine(JsonSerializer.Serialize(new { articles = _jsonArticles }, JsonOptions));
        }
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

    private static void WriteCsv(TextWriter writer, IReadOnlyList<string> labels, string source, IEnumerable<ArticleSentence> sentences)
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
