using Classifier.Neural;
using Classifier.Torch.Native;
using Classifier.Training.Data;

namespace Classifier.Torch.Tests;

public class FastTextNetworkTests
{
    [Fact]
    public void Probabilities_WholeCorpus_MatchTheManagedForwardPass()
    {
        TorchRuntime.EnsureLoaded();
        var settings = HashedNgramSettings.Default;
        var rows = new[] { "train.tsv", "test.tsv" }.SelectMany(f => LabeledDataReader.Read(Path.Combine(RepoPaths.Root, "data", f))).ToList();
        var texts = rows.Select(r => r.Text).Append(string.Empty).Append("!!!").ToList();
        var features = NeuralTrainer.Featurize(texts, settings);
        using var network = new FastTextNetwork(settings.Buckets, settings.Dimensions, EventLabels.All.Count, learningRate: 0.005);

        // A few steps, so the weights are no longer their start.
        for (var step = 0; step < 20; step++)
        {
            var batch = Enumerable.Range(step * 32, 32).ToArray();
            network.Step(FastTextNetwork.Batch.Pack(features, batch), [.. batch.Select(i => (long)EventLabels.All.ToList().IndexOf(rows[i].Label))]);
        }

        var model = new NeuralTextModel(settings, EventLabels.All, network.Embedding, network.Weights, network.Bias);
        var torch = Enumerable.Range(0, texts.Count).Chunk(2048).SelectMany(b => network.Probabilities(FastTextNetwork.Batch.Pack(features, b))).ToList();

        texts.Count.ShouldBeGreaterThan(4700);
        for (var i = 0; i < texts.Count; i++)
        {
            model.Predict(texts[i]).ShouldBe(torch[i], tolerance: 1e-5f, $"sentence {i}: {texts[i]}");
        }
    }

    [Fact]
    public void Pack_RepeatedNgram_WeighsItByItsShareOfTheSentence()
    {
        long[][] features = [[7, 3, 7], []];

        var batch = FastTextNetwork.Batch.Pack(features, [0, 1]);

        batch.Rows.ShouldBe([7L, 3L]);
        batch.Weights[0, 0].ShouldBe(2f / 3, 1e-6f);
        batch.Weights[0, 1].ShouldBe(1f / 3, 1e-6f);
        batch.Weights[1, 0].ShouldBe(0f);
        batch.Weights[1, 1].ShouldBe(0f);
    }
}
