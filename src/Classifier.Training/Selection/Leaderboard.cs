using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Classifier.Training.Selection;

/// <summary>Every candidate of a model search, best first, with the chosen ones marked.</summary>
/// <param name="Method">How the candidates were measured.</param>
/// <param name="Event">The event-model candidates, best first.</param>
/// <param name="Claim">The claim-model candidates, best first.</param>
/// <param name="EventChosen">The rank (0-based) of the event candidate the search chose (see <see cref="SelectionRule"/>).</param>
/// <param name="ClaimChosen">The rank (0-based) of the claim candidate the search chose.</param>
public sealed record Leaderboard(
    string Method, IReadOnlyList<CandidateResult> Event, IReadOnlyList<CandidateResult> Claim, int EventChosen = 0, int ClaimChosen = 0)
{
    /// <summary>File name of the leaderboard's JSON beside the models.</summary>
    public const string JsonFileName = "leaderboard.json";

    /// <summary>File name of the leaderboard's Markdown beside the models.</summary>
    public const string MarkdownFileName = "leaderboard.md";

    /// <summary>Builds a leaderboard, ranking each list by mean score (ties keep the search order).</summary>
    /// <param name="method">How the candidates were measured.</param>
    /// <param name="eventResults">The event candidates, in search order.</param>
    /// <param name="claimResults">The claim candidates, in search order.</param>
    /// <param name="eventChoice">The chosen event candidate, one of <paramref name="eventResults"/>; <see langword="null"/> for the best.</param>
    /// <param name="claimChoice">The chosen claim candidate, one of <paramref name="claimResults"/>; <see langword="null"/> for the best.</param>
    /// <returns>The leaderboard.</returns>
    public static Leaderboard Rank(
        string method,
        IEnumerable<CandidateResult> eventResults,
        IEnumerable<CandidateResult> claimResults,
        CandidateResult? eventChoice = null,
        CandidateResult? claimChoice = null)
    {
        List<CandidateResult> events = [.. eventResults.OrderByDescending(r => r.Mean)];
        List<CandidateResult> claims = [.. claimResults.OrderByDescending(r => r.Mean)];
        return new(method, events, claims, RankOf(events, eventChoice), RankOf(claims, claimChoice));
    }

    /// <summary>The leaderboard as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, ModelManifest.JsonOptions);

    /// <summary>The leaderboard as Markdown tables, one per model, the chosen candidate in bold.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("# Model selection leaderboard").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Method}. Mean ± standard deviation over the folds; fit time is per fold.").AppendLine();
        foreach (var (title, results, chosen) in new[] { ("Event model", Event, EventChosen), ("Claim model", Claim, ClaimChosen) })
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
                var mark = i == chosen ? "**" : string.Empty;
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {i + 1} | {mark}{r.Trainer}{mark} | {r.Featurizer.Describe()} | {mark}{r.Mean:0.000}{mark} | {r.StdDev:0.000} | {r.FitSeconds:0.0} | {r.ModelBytes / 1024.0:0} |");
            }

            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Chosen (bold): the first candidate in search order, default settings first, whose mean is within one standard error of the best ({SelectionRule.Bar(results):0.000} or more).");
            text.AppendLine();
        }

        return text.ToString();
    }

    private static int RankOf(List<CandidateResult> ranked, CandidateResult? choice) =>
        choice is null ? 0 : Math.Max(0, ranked.FindIndex(r => ReferenceEquals(r, choice)));
}
