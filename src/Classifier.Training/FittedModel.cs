using Classifier.Neural;
using Microsoft.ML;

namespace Classifier.Training;

/// <summary>A fitted model: an ML.NET chain or a neural model, whichever won the selection.</summary>
/// <param name="Transformer">The ML.NET chain, or <see langword="null"/>.</param>
/// <param name="Network">The neural model, or <see langword="null"/>.</param>
public sealed record FittedModel(ITransformer? Transformer, NeuralTextModel? Network)
{
    /// <summary>Wraps an ML.NET chain.</summary>
    /// <param name="transformer">The chain.</param>
    /// <returns>The model.</returns>
    public static FittedModel From(ITransformer transformer) => new(transformer ?? throw new ArgumentNullException(nameof(transformer)), null);

    /// <summary>Wraps a neural model.</summary>
    /// <param name="network">The model.</param>
    /// <returns>The model.</returns>
    public static FittedModel From(NeuralTextModel network) => new(null, network ?? throw new ArgumentNullException(nameof(network)));
}
