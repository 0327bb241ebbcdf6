using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier;

/// <summary>Takes a loaded model chain apart: the featurizer in front, the trained predictor, the feature names.</summary>
internal static class ModelParts
{
    private const string FeaturesColumn = "Features";

    /// <summary>Splits a model into the transformers before its predictor and the predictor itself.</summary>
    /// <param name="model">A loaded model.</param>
    /// <returns>The two parts, or <see langword="null"/> when the model is not a chain with a predictor.</returns>
    public static (ITransformer Featurizer, IPredictionTransformer<object> Predictor)? Split(ITransformer model)
    {
        if (model is not TransformerChain<ITransformer> chain)
        {
            return null;
        }

        var parts = chain.ToList();
        var index = parts.FindIndex(t => t is IPredictionTransformer<object>);
        return index < 0
            ? null
            : (new TransformerChain<ITransformer>([.. parts.Take(index)]), (IPredictionTransformer<object>)parts[index]);
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

/// <summary>The feature slot names of both models, read once at load (they number in the hundreds of thousands).</summary>
/// <param name="Event">The event model's slot names, empty when it has none.</param>
/// <param name="Claim">The claim model's slot names, empty when it has none.</param>
internal sealed record FeatureSlots(string[] Event, string[] Claim)
{
    /// <summary>Whether both models have the same, named, feature slots.</summary>
    public bool Shared { get; } = Event.Length > 0 && Event.AsSpan().SequenceEqual(Claim);

    /// <summary>Reads the slot names of two ML.NET models.</summary>
    public static FeatureSlots Read(MLContext mlContext, ITransformer eventModel, ITransformer claimModel)
    {
        var empty = mlContext.Data.LoadFromEnumerable(Array.Empty<SentenceInput>()).Schema;
        string[] Of(ITransformer model) => ModelParts.Split(model) is var (featurizer, _) ? ModelParts.SlotNames(featurizer.GetOutputSchema(empty)) : [];
        return new FeatureSlots(Of(eventModel), Of(claimModel));
    }
}
