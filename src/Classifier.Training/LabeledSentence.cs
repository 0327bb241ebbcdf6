namespace Classifier.Training;

/// <summary>A training row for ML.NET: a sentence with its gold labels.</summary>
/// <remarks>ML.NET binds rows to mutable classes; see <see cref="Data.LabeledExample"/> for the record.</remarks>
public sealed class LabeledSentence
{
    /// <summary>The sentence.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The event label.</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>Whether the sentence is a checkable claim.</summary>
    public bool Claim { get; set; }

    /// <summary>The row's position in the training data, so cross-validated predictions can be traced back to it.</summary>
    public int Index { get; set; }

    /// <summary>The article the sentence comes from; cross-validation keeps an article's sentences together.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>The row's weight when the event model trains (see <see cref="ModelTrainer.LabelWeights"/>).</summary>
    public float Weight { get; set; } = 1f;
}
