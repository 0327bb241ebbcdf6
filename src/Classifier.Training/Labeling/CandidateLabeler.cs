using System.Globalization;
using System.Text;

namespace Classifier.Training.Labeling;

/// <summary>A sentence to label, with a suggested label and how sure the suggestion is.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Source">Its article.</param>
/// <param name="Label">The suggested event label.</param>
/// <param name="Claim">The suggested claim flag.</param>
/// <param name="SuggestedBy"><c>model</c>, <c>rules</c> or <c>model+rules</c> when both agree.</param>
/// <param name="Confidence">How sure the suggestion is, from 0 to 1; a person checks the lowest first.</param>
public sealed record LabelSuggestion(string Text, string Source, string Label, bool Claim, string SuggestedBy, double Confidence);

/// <summary>
/// Pre-labels new sentences for a person to correct: the current models and the trigger-lexicon
/// rules each suggest a label; agreement raises the confidence, disagreement lowers it.
/// </summary>
public static class CandidateLabeler
{
    /// <summary>Suggests labels, least certain first, leaving out sentences already labeled.</summary>
    /// <param name="sentences">The sentences with their articles, in article order.</param>
    /// <param name="classifier">The current models.</param>
    /// <param name="known">Sentences already in the labeled data, compared with folded white space.</param>
    /// <returns>The suggestions, least confident first.</returns>
    public static IReadOnlyList<LabelSuggestion> Suggest(
        IReadOnlyList<(string Text, string Source)> sentences, SentenceClassifier classifier, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(known);
        var seen = known.Select(Fold).ToHashSet(StringComparer.Ordinal);
        var fresh = sentences.Where(s => seen.Add(Fold(s.Text))).ToList();
        var predictions = classifier.Classify(fresh.Select(s => s.Text));
        return [.. fresh
            .Select((s, i) => Combine(s.Text, s.Source, predictions[i], TriggerLexicon.Match(s.Text)))
            .OrderBy(s => s.Confidence)
            .ThenBy(s => s.Source, StringComparer.Ordinal)];
    }

    /// <summary>Formats suggestions in the interchange format with the extra columns <c>suggested_by</c> and <c>confidence</c>.</summary>
    /// <param name="suggestions">The suggestions.</param>
    /// <returns>The file's text.</returns>
    public static string Format(IEnumerable<LabelSuggestion> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        var text = new StringBuilder("text\tlabel\tclaim\tsource\tsuggested_by\tconfidence\n");
        foreach (var s in suggestions)
        {
            text.Append(CultureInfo.InvariantCulture, $"{s.Text.Replace('\t', ' ')}\t{s.Label}\t{(s.Claim ? 1 : 0)}\t{s.Source}\t{s.SuggestedBy}\t{s.Confidence:0.000}\n");
        }

        return text.ToString();
    }

    private static LabelSuggestion Combine(string text, string source, SentencePrediction model, RuleMatch? rule)
    {
        if (rule is null)
        {
            return new LabelSuggestion(text, source, model.Label, model.IsClaim, "model", model.Confidence);
        }

        if (rule.Label == model.Label)
        {
            // Two independent signals agreeing: the chance both are wrong is the product of their doubts.
            var agreed = 1 - ((1 - model.Confidence) * (1 - rule.Confidence));
            return new LabelSuggestion(text, source, model.Label, model.IsClaim, "model+rules", agreed);
        }

        // Disagreement: the stronger signal wins, discounted by the other's strength.
        return model.Confidence >= rule.Confidence
            ? new LabelSuggestion(text, source, model.Label, model.IsClaim, "model", model.Confidence * (1 - (rule.Confidence / 2)))
            : new LabelSuggestion(text, source, rule.Label, model.IsClaim, "rules", rule.Confidence * (1 - (model.Confidence / 2)));
    }

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
