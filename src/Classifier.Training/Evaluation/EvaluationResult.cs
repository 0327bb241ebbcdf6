namespace Classifier.Training.Evaluation;

/// <summary>How well the models labeled a data set.</summary>
/// <param name="Examples">Number of examples.</param>
/// <param name="Label">Quality of the event label.</param>
/// <param name="Claim">Quality of the claim flag.</param>
public sealed record EvaluationResult(int Examples, MulticlassMetrics Label, BinaryMetrics Claim);
