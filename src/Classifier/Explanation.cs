namespace Classifier;

/// <summary>An n-gram of a sentence and how far it pushed a decision.</summary>
/// <param name="Term">The n-gram: words (or stems) such as <c>tolak tuduh</c>, or a character n-gram in quotes.</param>
/// <param name="Weight">Its contribution to the decision; larger pushed harder.</param>
public sealed record TermWeight(string Term, double Weight);

/// <summary>Why the models decided as they did for one sentence.</summary>
/// <param name="Prediction">The prediction being explained.</param>
/// <param name="LabelTerms">The n-grams that pushed the event model most towards its label, strongest first; empty when the model is not linear.</param>
/// <param name="ClaimTerms">The n-grams that pushed the claim model most towards its decision, strongest first.</param>
public sealed record Explanation(SentencePrediction Prediction, IReadOnlyList<TermWeight> LabelTerms, IReadOnlyList<TermWeight> ClaimTerms);
