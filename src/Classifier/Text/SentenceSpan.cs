namespace Classifier.Text;

/// <summary>A sentence found in a text.</summary>
/// <param name="Text">The sentence with runs of white space folded to one space.</param>
/// <param name="Start">Index of the sentence's first character in the original text.</param>
/// <param name="Length">Length of the sentence in the original text.</param>
public sealed record SentenceSpan(string Text, int Start, int Length);
