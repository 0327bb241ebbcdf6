using Classifier.Neural;

namespace Classifier.Torch.Tests;

/// <summary>Training settings small enough for tests: 4,096 buckets of 8 dimensions, 4 epochs.</summary>
internal static class SmallNetwork
{
    public static NeuralTrainingOptions Options { get; } = NeuralTrainingOptions.Default with
    {
        Featurizer = HashedNgramSettings.Default with { Buckets = 1 << 12, Dimensions = 8 },
        Epochs = 4,
    };
}
