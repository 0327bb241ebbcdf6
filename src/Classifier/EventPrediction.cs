namespace Classifier;

/// <summary>The output row of the event model.</summary>
public sealed class EventPrediction
{
    /// <summary>The most probable label.</summary>
    public string PredictedLabel { get; set; } = string.Empty;

    /// <summary>One probability per label, in the order of the model's label slots.</summary>
    public float[] Score { get; set; } = [];
}
