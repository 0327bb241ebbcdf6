using Classifier.Neural;
using Classifier.Torch.Native;
using Classifier.Training;
using Classifier.Training.Data;
using Classifier.Training.Selection;

namespace Classifier.Torch;

/// <summary>The TorchSharp neural trainer as a candidate of <see cref="ModelTrainer"/>'s model selection.</summary>
/// <param name="options">The network and training settings; <see cref="NeuralTrainingOptions.Default"/> when omitted.</param>
public sealed class TorchFastTextTrainer(NeuralTrainingOptions? options = null) : INeuralTrainer
{
    private readonly NeuralTrainer _trainer = new(options ?? NeuralTrainingOptions.Default);
    private readonly NeuralTrainingOptions _options = options ?? NeuralTrainingOptions.Default;

    /// <inheritdoc/>
    public string Name => TrainerNames.TorchFastText;

    /// <inheritdoc/>
    public HashedNgramSettings Featurizer => _options.Featurizer;

    /// <inheritdoc/>
    public bool TryPrepare(out string? problem)
    {
        try
        {
            TorchRuntime.EnsureLoaded();
            problem = null;
            return true;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            problem = ex.Message;
            return false;
        }
    }

    /// <inheritdoc/>
    public NeuralTextModel Train(
        string task,
        IReadOnlyList<LabeledExample> examples,
        IReadOnlyList<LabeledExample>? validation,
        Action<string>? onEpoch,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var (labels, target) = task switch
        {
            ModelTrainer.EventTask => (EventLabels.All, (Func<LabeledExample, int>)(e => IndexOf(EventLabels.All, e.Label))),
            ModelTrainer.ClaimTask => (ModelTrainer.ClaimLabels, e => e.Claim ? 1 : 0),
            _ => throw new ArgumentException($"unknown task '{task}'", nameof(task)),
        };

        return _trainer.Train(
            [.. examples.Select(e => e.Text)],
            [.. examples.Select(target)],
            labels,
            validation is null ? null : ([.. validation.Select(e => e.Text)], [.. validation.Select(target)]),
            onEpoch is null ? null : new EpochReporter(onEpoch),
            cancellationToken);
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        throw new ArgumentException($"unknown label '{label}'; expected one of {string.Join(", ", labels)}");
    }

    // Reports on the training thread, in order (Progress<T> would post to the thread pool).
    private sealed class EpochReporter(Action<string> onEpoch) : IProgress<NeuralEpoch>
    {
        public void Report(NeuralEpoch value) => onEpoch(value.ToString());
    }
}
