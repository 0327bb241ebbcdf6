namespace Classifier.Training.Data;

/// <summary>A labeled sentence read from an interchange file.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Label">Its event label.</param>
/// <param name="Claim">Whether it is a checkable claim.</param>
/// <param name="Source">The article or file it comes from; sentences of one source stay together in cross-validation.</param>
/// <param name="File">The file it was read from.</param>
/// <param name="Line">Its one-based line number in that file.</param>
public sealed record LabeledExample(string Text, string Label, bool Claim, string Source, string File, int Line);
