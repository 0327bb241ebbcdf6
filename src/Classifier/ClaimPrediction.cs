namespace Classifier;

/// <summary>The output row of the claim model.</summary>
public sealed class ClaimPrediction
{
    /// <summary>The calibrated probability that the sentence is a checkable claim.</summary>
    public float Probability { get; set; }
}
