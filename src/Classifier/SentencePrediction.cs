namespace Classifier;

/// <summary>What the models say about one sentence.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Label">The most probable event label.</param>
/// <param name="Confidence">The probability of <paramref name="Label"/>.</param>
/// <param name="Scores">The probability of every label, keyed by label name.</param>
/// <param name="IsClaim">Whether the claim score reaches the model's threshold.</param>
/// <param name="ClaimScore">The calibrated probability that the sentence is a checkable claim.</param>
public sealed record SentencePrediction(
    string Text,
    string Label,
    float Confidence,
    IReadOnlyDictionary<string, float> Scores,
    bool IsClaim,
    float ClaimScore);

/// <summary>A classified sentence of an article.</summary>
/// <param name="Index">Zero-based position of the sentence in the article.</param>
/// <param name="Start">Index of the sentence's first character in the article text.</param>
/// <param name="Length">Length of the sentence in the article text.</param>
/// <param name="Prediction">What the models say about it.</param>
public sealed record ArticleSentence(int Index, int Start, int Length, SentencePrediction Prediction);

/// <summary>A classified article.</summary>
/// <param name="Sentences">Its sentences, in order.</param>
/// <param name="Metadata">Bylines, dateline and timestamp found while cleaning.</param>
public sealed record ArticlePrediction(IReadOnlyList<ArticleSentence> Sentences, IReadOnlyDictionary<string, string> Metadata);

/// <summary>A classified article file.</summary>
/// <param name="Path">The file.</param>
/// <param name="Article">Its classified sentences and metadata.</param>
public sealed record FilePrediction(string Path, ArticlePrediction Article);
