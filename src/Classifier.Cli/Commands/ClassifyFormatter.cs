using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Classifier.Cli.Commands;

/// <summary>A classified input: its source and its sentences, each with an explanation when asked for.</summary>
/// <param name="Source">The file, or <c>-</c>.</param>
/// <param name="Sentences">The sentences to report, in order.</param>
internal sealed record ClassifiedInput(string Source, IReadOnlyList<ArticleSentence> Sentences);

/// <summary>Writes classified sentences as a table, JSON, JSON lines or CSV.</summary>
internal static class ClassifyFormatter
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the results in a format.</summary>
    /// <param name="format">table, json, jsonl or csv.</param>
    /// <param name="results">The classified inputs.</param>
    /// <param name="labels">The label order of score columns.</param>
    /// <param name="why">The explanation of a sentence, or <see langword="null"/> when not asked for.</param>
    /// <param name="writer">Where json, jsonl and csv go.</param>
    /// <param name="console">Where tables go.</param>
    public static void Write(
        string format,
        IReadOnlyList<ClassifiedInput> results,
        IReadOnlyList<string> labels,
        Func<ArticleSentence, Explanation?>? why,
        TextWriter writer,
        IAnsiConsole console)
    {
        switch (format)
        {
            case "json":
                writer.WriteLine(JsonSerializer.Serialize(
                    new { articles = results.Select(r => new { source = r.Source, sentences = r.Sentences.Select(s => ToJsonRow(r.Source, s, why?.Invoke(s))) }) },
                    JsonOptions));
                break;
            case "jsonl":
                foreach (var result in results)
                {
                    foreach (var sentence in result.Sentences)
                    {
                        writer.WriteLine(JsonSerializer.Serialize(ToJsonRow(result.Source, sentence, why?.Invoke(sentence)), JsonOptions));
                    }
                }

                break;
            case "csv":
                WriteCsv(writer, labels, results);
                break;
            default:
                foreach (var result in results)
                {
                    WriteTable(console, result.Source, result.Sentences, why);
                }

                break;
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

    private static void WriteCsv(TextWriter writer, IReadOnlyList<string> labels, IEnumerable<ClassifiedInput> results)
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
