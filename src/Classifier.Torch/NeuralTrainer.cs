using System.Diagnostics;
using Classifier.Neural;
using Classifier.Torch.Native;
using Classifier.Training.Evaluation;
using static TorchSharp.torch;

namespace Classifier.Torch;

/// <summary>
/// Trains a <see cref="NeuralTextModel"/> with TorchSharp on the CPU: mini-batch Adam on the
/// cross-entropy of an embedding bag and a linear layer. The same seed gives the same weights.
/// </summary>
public sealed class NeuralTrainer
{
    // libtorch's seed and thread count are process-wide, so runs take turns.
    private static readonly Lock Gate = new();

    private readonly NeuralTrainingOptions _options;

    /// <summary>Creates a trainer.</summary>
    /// <param name="options">The network and training settings.</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public NeuralTrainer(NeuralTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Trains a model.</summary>
    /// <param name="texts">The training sentences.</param>
    /// <param name="targets">Each sentence's class, an index into <paramref name="labels"/>.</param>
    /// <param name="labels">The class names.</param>
    /// <param name="validation">Sentences and classes to report macro-F1 on after each epoch; they do not change the model.</param>
    /// <param name="progress">Receives each epoch's loss (and validation macro-F1).</param>
    /// <param name="cancellationToken">Stops training between batches.</param>
    /// <returns>The trained model.</returns>
    /// <exception cref="ArgumentException">The inputs disagree in length, or a class is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public NeuralTextModel Train(
        IReadOnlyList<string> texts,
        IReadOnlyList<int> targets,
        IReadOnlyList<string> labels,
        (IReadOnlyList<string> Texts, IReadOnlyList<int> Targets)? validation = null,
        IProgress<NeuralEpoch>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(labels);
        if (texts.Count != targets.Count || texts.Count == 0)
        {
            throw new ArgumentException($"expected one class per sentence and at least one sentence, found {texts.Count} sentences and {targets.Count} classes");
        }

        if (targets.Any(t => t < 0 || t >= labels.Count))
        {
            throw new ArgumentException($"a class is outside 0..{labels.Count - 1}", nameof(targets));
        }

        var settings = _options.Featurizer;
        var features = Featurize(texts, settings);
        var validationFeatures = validation is { } v ? Featurize(v.Texts, settings) : null;

        TorchRuntime.EnsureLoaded();
        lock (Gate)
        {
            var clock = Stopwatch.StartNew();
            random.manual_seed(_options.Seed);
            using var network = new FastTextNetwork(settings.Buckets, settings.Dimensions, labels.Count, _options.LearningRate);
            var order = Enumerable.Range(0, texts.Count).ToArray();
            var shuffle = new Random(_options.Seed);
            for (var epoch = 1; epoch <= _options.Epochs; epoch++)
            {
                shuffle.Shuffle(order);
                var loss = 0.0;
                var batches = 0;
                foreach (var batch in order.Chunk(_options.BatchSize))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    loss += network.Step(FastTextNetwork.Batch.Pack(features, batch), [.. batch.Select(i => (long)targets[i])]);
                    batches++;
                }

                double? f1 = validationFeatures is null ? null : MacroF1(network, validationFeatures, validation!.Value.Targets, labels);
                progress?.Report(new NeuralEpoch(epoch, _options.Epochs, loss / batches, f1, clock.Elapsed));
            }

            return new NeuralTextModel(settings, labels, network.Embedding, network.Weights, network.Bias);
        }
    }

    /// <summary>The hashed n-gram ids of each sentence, as the network takes them.</summary>
    internal static long[][] Featurize(IReadOnlyList<string> texts, HashedNgramSettings settings)
    {
        var ids = new List<int>();
        var result = new long[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            HashedNgramFeaturizer.Featurize(texts[i], settings, ids);
            result[i] = [.. ids.Select(id => (long)id)];
        }

        return result;
    }

    private static double MacroF1(FastTextNetwork network, long[][] features, IReadOnlyList<int> targets, IReadOnlyList<string> labels)
    {
        var predicted = new List<int>(features.Length);
        foreach (var batch in Enumerable.Range(0, features.Length).Chunk(1024))
        {
            predicted.AddRange(network.Probabilities(FastTextNetwork.Batch.Pack(features, batch)).Select(p => Array.IndexOf(p, p.Max())));
        }

        return MetricsCalculator.Multiclass(labels, targets.Select((t, i) => (labels[t], labels[predicted[i]]))).MacroF1;
    }
}
