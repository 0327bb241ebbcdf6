namespace Classifier.Training.Evaluation;

/// <summary>How well the models labeled a data set.</summary>
/// <param name="Examples">Number of examples.</param>
/// <param name="Label">Quality of the event label.</param>
/// <param name="Claim">Quality of the claim flag at <paramref name="ClaimThreshold"/>.</param>
/// <param name="ClaimThreshold">The claim model's threshold.</param>
/// <param name="Sentences">Every example with its gold labels and predictions, in input order.</param>
public sealed record EvaluationResult(
    int Examples,
    MulticlassMetrics Label,
    BinaryMetrics Claim,
    double ClaimThreshold,
    IReadOnlyList<EvaluatedSentence> Sentences)
{
    /// <summary>Reliability of the event label's confidence: how often a label given with confidence c is right.</summary>
    public Calibration EventCalibration => Curves.Calibrate(Sentences.Select(s => ((double)s.Confidence, s.Predicted == s.Gold)));

    /// <summary>Reliability of the claim probability: how often a sentence given probability p is a claim.</summary>
    public Calibration ClaimCalibration => Curves.Calibrate(Sentences.Select(s => ((double)s.ClaimScore, s.GoldClaim)));

    /// <summary>The claim model's precision-recall curve.</summary>
    public IReadOnlyList<CurvePoint> ClaimPrecisionRecall => Curves.PrecisionRecall(Sentences.Select(s => (s.GoldClaim, (double)s.ClaimScore)));

    /// <summary>The claim model's ROC curve.</summary>
    public IReadOnlyList<CurvePoint> ClaimRoc => Curves.Roc(Sentences.Select(s => (s.GoldClaim, (double)s.ClaimScore)));

    /// <summary>The wrongly labeled sentences, most confident first.</summary>
    /// <param name="count">How many to return.</param>
    /// <returns>The mistakes.</returns>
    public IReadOnlyList<EvaluatedSentence> ConfidentMistakes(int count) =>
        [.. Sentences.Where(s => s.Predicted != s.Gold).OrderByDescending(s => s.Confidence).Take(count)];
}

/// <summary>One evaluated sentence.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Source">Its article or file.</param>
/// <param name="Gold">The gold event label.</param>
/// <param name="Predicted">The predicted event label.</param>
/// <param name="Confidence">The probability of the predicted label.</param>
/// <param name="GoldClaim">Whether it is a claim.</param>
/// <param name="ClaimScore">The predicted claim probability.</param>
public sealed record EvaluatedSentence(string Text, string Source, string Gold, string Predicted, float Confidence, bool GoldClaim, float ClaimScore);
