using Classifier.Neural;

namespace Classifier;

/// <summary>
/// Explains a neural model's decisions by n-gram. A logit is linear in the mean embedding, so each
/// n-gram's share of it is exact: for an event label, its share of that label's logit minus its
/// mean share of the others'; for the claim model, its share of the claim logit minus the
/// not-claim logit, signed towards the decision.
/// </summary>
internal static class NeuralExplainer
{
    public static IReadOnlyList<TermWeight> LabelTerms(NeuralTextModel model, string sentence, int label, int count)
    {
        var own = Shares(model, sentence, label);
        var others = Enumerable.Range(0, model.Labels.Count).Where(c => c != label).Select(c => Shares(model, sentence, c)).ToList();
        return Top(own.ToDictionary(p => p.Key, p => p.Value - others.Average(o => o[p.Key])), count);
    }

    public static IReadOnlyList<TermWeight> ClaimTerms(NeuralTextModel model, string sentence, int claimLabel, bool isClaim, int count)
    {
        var claim = Shares(model, sentence, claimLabel);
        var other = Shares(model, sentence, 1 - claimLabel);
        var sign = isClaim ? 1 : -1;
        return Top(claim.ToDictionary(p => p.Key, p => sign * (p.Value - other[p.Key])), count);
    }

    private static Dictionary<string, double> Shares(NeuralTextModel model, string sentence, int label) =>
        model.Contributions(sentence, label).ToDictionary(c => c.Ngram, c => (double)c.Contribution, StringComparer.Ordinal);

    private static List<TermWeight> Top(Dictionary<string, double> weights, int count) =>
        [.. weights
            .Where(p => p.Value > 0)
            .OrderByDescending(p => p.Value)
            .Take(count)
            .Select(p => new TermWeight(Readable(p.Key), Math.Round(p.Value, 4)))];

    // "w:tolak tuduh" reads "tolak tuduh"; "c:<tud" reads "'^tud'", as the ML.NET explanations show character n-grams.
    private static string Readable(string ngram) =>
        ngram.StartsWith("c:", StringComparison.Ordinal)
            ? $"'{ngram[2..].Replace('<', '^').Replace('>', '$')}'"
            : ngram[2..];
}
