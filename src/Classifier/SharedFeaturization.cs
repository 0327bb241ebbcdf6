using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier;

/// <summary>The output row of the combined model: the event scores and the claim probability.</summary>
/// <remarks>ML.NET binds rows to mutable classes.</remarks>
internal sealed class CombinedPrediction
{
    /// <summary>The event model's score per label slot, copied aside before the claim model writes its own score.</summary>
    public float[] EventScore { get; set; } = [];

    /// <summary>The claim probability.</summary>
    public float Probability { get; set; }
}

/// <summary>
/// Joins the two models into one chain that featurizes each sentence once: the event model, a
/// copy of its scores, then the claim model's trainer on the same features. Only done when the
/// two featurizers are provably the same: equal settings and identical feature slots.
/// </summary>
internal static class SharedFeaturization
{
    private const string ScoreColumn = "Score";

    public static ITransformer? TryCombine(MLContext mlContext, ModelManifest manifest, ITransformer eventModel, ITransformer claimModel, FeatureSlots slots)
    {
        if (manifest.EventModel.Featurizer != manifest.ClaimModel.Featurizer
            || eventModel is not TransformerChain<ITransformer> eventChain
            || ModelParts.Split(claimModel) is not var (_, claimPredictor))
        {
            return null;
        }

        // Equal settings on equal data give equal dictionaries; the slot names prove it.
        if (!slots.Shared)
        {
            return null;
        }

        var eventOutput = eventChain.Transform(mlContext.Data.LoadFromEnumerable(Array.Empty<SentenceInput>()));

        var copyScores = mlContext.Transforms.CopyColumns(nameof(CombinedPrediction.EventScore), ScoreColumn).Fit(eventOutput);
        return eventChain.Append(copyScores).Append(claimPredictor);
    }
}
