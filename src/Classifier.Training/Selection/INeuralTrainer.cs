using Classifier.Neural;
using Classifier.Training.Data;

namespace Classifier.Training.Selection;

/// <summary>
/// A trainer of <see cref="NeuralTextModel"/>s that takes part in model selection beside the
/// ML.NET trainers, under the same folds and metrics. The TorchSharp one lives in
/// <c>Classifier.Torch</c>, so that this project stays free of libtorch.
/// </summary>
public interface INeuralTrainer
{
    /// <summary>The trainer's name in the leaderboard and the manifest.</summary>
    string Name { get; }

    /// <summary>How its models turn sentences into features.</summary>
    HashedNgramSettings Featurizer { get; }

    /// <summary>Checks that the trainer can run on this machine (its native libraries load).</summary>
    /// <param name="problem">Why it cannot, in one line; <see langword="null"/> when it can.</param>
    /// <returns><see langword="true"/> when it can run.</returns>
    bool TryPrepare(out string? problem);

    /// <summary>Trains a model for one task.</summary>
    /// <param name="task"><see cref="ModelTrainer.EventTask"/> (classes <see cref="EventLabels.All"/>) or <see cref="ModelTrainer.ClaimTask"/> (classes <see cref="ModelTrainer.ClaimLabels"/>).</param>
    /// <param name="examples">The training sentences.</param>
    /// <param name="validation">Sentences to report a score on after each epoch, or <see langword="null"/>; they do not change the model.</param>
    /// <param name="onEpoch">Receives a line after each epoch.</param>
    /// <param name="cancellationToken">Stops training.</param>
    /// <returns>The trained model.</returns>
    NeuralTextModel Train(
        string task,
        IReadOnlyList<LabeledExample> examples,
        IReadOnlyList<LabeledExample>? validation,
        Action<string>? onEpoch,
        CancellationToken cancellationToken);
}
