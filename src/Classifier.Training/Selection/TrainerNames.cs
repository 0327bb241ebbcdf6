namespace Classifier.Training.Selection;

/// <summary>The trainers model selection compares, by the names the manifest and leaderboard use.</summary>
public static class TrainerNames
{
    /// <summary>Multinomial logistic regression by stochastic dual coordinate ascent.</summary>
    public const string SdcaMaximumEntropy = "SdcaMaximumEntropy";

    /// <summary>Multinomial logistic regression by L-BFGS.</summary>
    public const string LbfgsMaximumEntropy = "LbfgsMaximumEntropy";

    /// <summary>Gradient-boosted trees (LightGBM), multiclass or binary.</summary>
    public const string LightGbm = "LightGbm";

    /// <summary>One boosted-tree (FastTree) binary model per label, one versus all.</summary>
    public const string FastTreeOva = "FastTreeOva";

    /// <summary>Binary logistic regression by stochastic dual coordinate ascent.</summary>
    public const string SdcaLogisticRegression = "SdcaLogisticRegression";

    /// <summary>Binary logistic regression by L-BFGS.</summary>
    public const string LbfgsLogisticRegression = "LbfgsLogisticRegression";

    /// <summary>Boosted trees (FastTree), binary.</summary>
    public const string FastTree = "FastTree";

    /// <summary>The neural model trained with TorchSharp (<c>Classifier.Torch</c>), for both tasks.</summary>
    public const string TorchFastText = "TorchFastText";

    /// <summary>The event trainers, in the order the search tries them.</summary>
    public static IReadOnlyList<string> Event { get; } = [SdcaMaximumEntropy, LbfgsMaximumEntropy, LightGbm, FastTreeOva];

    /// <summary>The claim trainers, in the order the search tries them.</summary>
    public static IReadOnlyList<string> Claim { get; } = [SdcaLogisticRegression, LbfgsLogisticRegression, LightGbm, FastTree];

    /// <summary>
    /// Trainer families by the short names <c>train --trainer</c> takes, each with its event and
    /// claim trainer.
    /// </summary>
    public static IReadOnlyDictionary<string, (string Event, string Claim)> Families { get; } =
        new Dictionary<string, (string Event, string Claim)>(StringComparer.OrdinalIgnoreCase)
        {
            ["sdca"] = (SdcaMaximumEntropy, SdcaLogisticRegression),
            ["lbfgs"] = (LbfgsMaximumEntropy, LbfgsLogisticRegression),
            ["lightgbm"] = (LightGbm, LightGbm),
            ["fasttree"] = (FastTreeOva, FastTree),
            ["torch"] = (TorchFastText, TorchFastText),
        };

    /// <summary>Whether a trainer is the neural one rather than an ML.NET trainer.</summary>
    /// <param name="trainer">The trainer name.</param>
    /// <returns><see langword="true"/> for <see cref="TorchFastText"/>.</returns>
    public static bool IsNeural(string trainer) => trainer == TorchFastText;

    /// <summary>Whether a trainer learns a linear model, whose weights can explain a prediction.</summary>
    /// <param name="trainer">The trainer name.</param>
    /// <returns><see langword="true"/> for the logistic-regression trainers.</returns>
    public static bool IsLinear(string trainer) =>
        trainer is SdcaMaximumEntropy or LbfgsMaximumEntropy or SdcaLogisticRegression or LbfgsLogisticRegression;
}
