using Classifier.Neural;

namespace Classifier.Torch;

/// <summary>Settings of one neural training run.</summary>
/// <param name="Featurizer">How sentences become hashed n-gram ids, and the embedding size.</param>
/// <param name="Epochs">Passes over the training sentences.</param>
/// <param name="BatchSize">Sentences per gradient step.</param>
/// <param name="LearningRate">Adam's step size.</param>
/// <param name="Seed">Seeds the initial weights and the order of the sentences.</param>
public sealed record NeuralTrainingOptions(
    HashedNgramSettings Featurizer,
    int Epochs,
    int BatchSize,
    double LearningRate,
    int Seed)
{
    /// <summary>The defaults, chosen by cross-validation on <c>data/train.tsv</c> (see the README).</summary>
    public static NeuralTrainingOptions Default { get; } = new(HashedNgramSettings.Default, Epochs: 6, BatchSize: 32, LearningRate: 0.005, Seed: 42);

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Featurizer);
        Featurizer.Validate();
        if (Epochs < 1 || BatchSize < 1 || !(LearningRate > 0))
        {
            throw new ArgumentException($"training settings out of range: {Epochs} epochs, batches of {BatchSize}, learning rate {LearningRate}");
        }
    }
}
