using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Classifier.Training.Selection;

/// <summary>Every candidate of a model search, best first, with the winners marked.</summary>
/// <param name="Method">How the candidates were measured.</param>
/// <param name="Event">The event-model candidates, best first.</param>
/// <param name="Claim">The claim-model candidates, best first.</param>
public sealed record Leaderboard(string Method, IReadOnlyList<CandidateResult> Event, IReadOnlyList<CandidateResult> Claim)
{
    /// <summary>File name of the leaderboard's JSON beside the models.</summary>
    public const string JsonFileName = "leaderboard.json";

    /// <summary>File name of the leaderboard's Markdown beside the models.</summary>
    public const string MarkdownFileName = "leaderboard.md";

    /// <summary>Builds a leaderboard, ranking each list by mean score (ties keep the search order).</summary>
    /// <param name="method">How the candidates were measured.</param>
    /// <param name="eventResults">The event candidates, in search order.</param>
    /// <param name="claimResults">The claim candidates, in search order.</param>
    /// <returns>The leaderboard.</returns>
    public static Leaderboard Rank(string method, IEnumerable<CandidateResult> eventResults, IEnumerable<CandidateResult> claimResults) =>
        new(method, [.. eventResults.OrderByDescending(r => r.Mean)], [.. claimResults.OrderByDescending(r => r.Mean)]);

    /// <summary>The leaderboard as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, ModelManifest.JsonOptions);

    /// <summary>The leaderboard as Markdown tables, one per model, the winner in bold.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("# Model selection leaderboard").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Method}. Mean ± standard deviation over the folds; fit time is per fold.").AppendLine();
        foreach (var (title, results) in new[] { ("Event model", Event), ("Claim model", Claim) })
        {
            if (results.Count == 0)
            {
                continue;
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"## {title} (ranked by {results[0].Metric})").AppendLine();
            text.AppendLine("| rank | trainer | features | score | std | fit (s) | size (KB) |");
            text.AppendLine("|---:|---|---|---:|---:|---:|---:|");
            for (var i = 0; i < results.Count; i++)
            {
                var r = results[i];
                var mark = i == 0 ? "**" : string.Empty;
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {i + 1} | {mark}{r.Trainer}{mark} | {r.Featurizer.Describe()} | {mark}{r.Mean:0.000}{mark} | {r.StdDev:0.000} | {r.FitSeconds:0.0} | {r.ModelBytes / 1024.0:0} |");
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
