using Classifier.Training.Data;
using Classifier.Training.Selection;

namespace Classifier.Training.Auditing;

/// <summary>A labeled row that cross-validated models confidently disagree with.</summary>
/// <param name="Example">The row as read.</param>
/// <param name="Field">What is in doubt: <c>label</c> or <c>claim</c>.</param>
/// <param name="Gold">The row's value.</param>
/// <param name="Suggested">What the models say instead.</param>
/// <param name="Confidence">The models' probability for <paramref name="Suggested"/>.</param>
public sealed record SuspectLabel(LabeledExample Example, string Field, string Gold, string Suggested, double Confidence);

/// <summary>
/// Finds probable label mistakes: rows whose cross-validated prediction (from models that never
/// saw the row's article) disagrees with the gold value with high confidence.
/// </summary>
public static class LabelAuditor
{
    /// <summary>Lists the suspects, most confident disagreement first.</summary>
    /// <param name="examples">The labeled rows, in the order the predictions index them.</param>
    /// <param name="events">Cross-validated event predictions.</param>
    /// <param name="claims">Cross-validated claim predictions.</param>
    /// <param name="minConfidence">The least confidence of a disagreement worth showing.</param>
    /// <returns>The suspects.</returns>
    public static IReadOnlyList<SuspectLabel> Find(
        IReadOnlyList<LabeledExample> examples,
        IReadOnlyList<EventOutOfFold> events,
        IReadOnlyList<ClaimOutOfFold> claims,
        double minConfidence)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(claims);
        var suspects = new List<SuspectLabel>();
        foreach (var prediction in events.Where(p => p.Predicted != p.Gold))
        {
            var confidence = prediction.Scores[IndexOf(prediction.Predicted)];
            if (confidence >= minConfidence)
            {
                suspects.Add(new SuspectLabel(examples[prediction.Index], "label", prediction.Gold, prediction.Predicted, confidence));
            }
        }

        foreach (var prediction in claims)
        {
            var confidence = prediction.Gold ? 1 - prediction.Probability : prediction.Probability;
            if (confidence >= minConfidence && confidence > 0.5)
            {
                suspects.Add(new SuspectLabel(examples[prediction.Index], "claim", prediction.Gold ? "1" : "0", prediction.Gold ? "0" : "1", confidence));
            }
        }

        return [.. suspects.OrderByDescending(s => s.Confidence).ThenBy(s => s.Example.File, StringComparer.Ordinal).ThenBy(s => s.Example.Line)];
    }

    private static int IndexOf(string label)
    {
        for (var i = 0; i < EventLabels.All.Count; i++)
        {
            if (EventLabels.All[i] == label)
            {
                return i;
            }
        }

        throw new ArgumentException($"unknown label '{label}'", nameof(label));
    }
}
