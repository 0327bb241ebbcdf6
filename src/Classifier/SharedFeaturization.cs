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
    private const string FeaturesColumn = "Features";
    private const string ScoreColumn = "Score";

    public static ITransformer? TryCombine(MLContext mlContext, ModelManifest manifest, ITransformer eventModel, ITransformer claimModel)
    {
        if (manifest.EventModel.Featurizer != manifest.ClaimModel.Featurizer
            || eventModel is not TransformerChain<ITransformer> eventChain
            || claimModel is not TransformerChain<ITransformer> claimChain)
        {
            return null;
        }

        var claimParts = claimChain.ToList();
        var predictor = claimParts.FindIndex(t => t is IPredictionTransformer<object>);
        if (predictor < 0)
        {
            return null;
        }

        var empty = mlContext.Data.LoadFromEnumerable(Array.Empty<SentenceInput>());
        var eventOutput = eventChain.Transform(empty);
        var claimFeatures = new TransformerChain<ITransformer>([.. claimParts.Take(predictor)]).Transform(empty);

        // Equal settings on equal data give equal dictionaries; the slot names prove it.
        if (!SlotNames(eventOutput.Schema).SequenceEqual(SlotNames(claimFeatures.Schema)))
        {
            return null;
        }

        var copyScores = mlContext.Transforms.CopyColumns(nameof(CombinedPrediction.EventScore), ScoreColumn).Fit(eventOutput);
        return eventChain.Append(copyScores).Append(claimParts[predictor]);
    }

    /// <summary>The slot names of the <c>Features</c> column: the n-grams behind each feature.</summary>
    /// <param name="schema">A schema with the column.</param>
    /// <returns>The names, or none when the column is missing or unnamed.</returns>
    public static string[] SlotNames(DataViewSchema schema)
    {
        var column = schema.GetColumnOrNull(FeaturesColumn);
        if (column is null || !column.Value.HasSlotNames())
        {
            return [];
        }

        var names = default(VBuffer<ReadOnlyMemory<char>>);
        column.Value.GetSlotNames(ref names);
        return [.. names.DenseValues().Select(n => n.ToString())];
    }
}
