namespace Classifier.Training.Selection;

/// <summary>The event model's cross-validated prediction for one training row, made by a model that never saw its article.</summary>
/// <param name="Index">The row's position in the training data.</param>
/// <param name="Gold">The gold label.</param>
/// <param name="Predicted">The predicted label.</param>
/// <param name="Scores">The probability of each label, in <see cref="EventLabels.All"/> order.</param>
public sealed record EventOutOfFold(int Index, string Gold, string Predicted, IReadOnlyList<float> Scores);

/// <summary>The claim model's cross-validated prediction for one training row.</summary>
/// <param name="Index">The row's position in the training data.</param>
/// <param name="Gold">Whether the row is a claim.</param>
/// <param name="Probability">The predicted probability that it is.</param>
public sealed record ClaimOutOfFold(int Index, bool Gold, float Probability);
