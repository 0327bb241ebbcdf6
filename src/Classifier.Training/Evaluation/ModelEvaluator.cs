using Classifier.Training.Data;

namespace Classifier.Training.Evaluation;

/// <summary>Scores loaded models against labeled data.</summary>
public static class ModelEvaluator
{
    /// <summary>Classifies every example and compares with its gold labels.</summary>
    /// <param name="classifier">The loaded models.</param>
    /// <param name="examples">Labeled sentences.</param>
    /// <returns>Event and claim metrics.</returns>
    public static EvaluationResult Evaluate(SentenceClassifier classifier, IReadOnlyList<LabeledExample> examples)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(examples);
        var predictions = classifier.Classify(examples.Select(e => e.Text));
        var labels = EventLabels.All.Union(classifier.Labels).ToList();
        var label = MetricsCalculator.Multiclass(labels, examples.Select((e, i) => (e.Label, predictions[i].Label)));
        var threshold = classifier.Manifest.ClaimModel.Threshold;
        var claim = MetricsCalculator.Binary(examples.Select((e, i) => (e.Claim, (double)predictions[i].ClaimScore)), threshold);
        var sentences = examples
            .Select((e, i) => new EvaluatedSentence(e.Text, e.Source, e.Label, predictions[i].Label, predictions[i].Confidence, e.Claim, predictions[i].ClaimScore))
            .ToList();
        return new EvaluationResult(examples.Count, label, claim, threshold, sentences);
    }
}
