namespace Classifier;

/// <summary>The input row of both models: one sentence.</summary>
/// <remarks>ML.NET binds rows to mutable classes; the public API uses records instead.</remarks>
public sealed class SentenceInput
{
    /// <summary>The sentence text.</summary>
    public string Text { get; set; } = string.Empty;
}
