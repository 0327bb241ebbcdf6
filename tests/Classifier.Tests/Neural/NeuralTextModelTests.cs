using Classifier.Neural;

namespace Classifier.Tests.Neural;

public class NeuralTextModelTests
{
    private static readonly HashedNgramSettings Tiny = new(FeaturizerSettings.NoStemming, WordNgramLength: 1, MinCharNgramLength: 3, MaxCharNgramLength: 0, Buckets: 16, Dimensions: 3);

    [Fact]
    public void Predict_OneWord_IsSoftmaxOfWeightsTimesItsEmbeddingPlusBias()
    {
        var model = RandomModel(seed: 1);
        var id = HashedNgramFeaturizer.Describe("perang", Tiny).Single().Id;
        var embedding = model.Embedding(id);

        var logits = Enumerable.Range(0, 3).Select(c => Enumerable.Range(0, 3).Sum(d => model.Weight(c, d) * embedding[d]) + model.Bias(c)).ToArray();
        var expected = Softmax(logits);

        model.Model.Predict("perang").ShouldBe(expected, tolerance: 1e-5f);
    }

    [Fact]
    public void Predict_TwoWords_AveragesTheirEmbeddings()
    {
        var model = RandomModel(seed: 2);
        var ids = HashedNgramFeaturizer.Describe("perang dagang", Tiny).Select(n => n.Id).ToArray();
        var mean = Enumerable.Range(0, 3).Select(d => (model.Embedding(ids[0])[d] + model.Embedding(ids[1])[d]) / 2).ToArray();

        var logits = Enumerable.Range(0, 3).Select(c => Enumerable.Range(0, 3).Sum(d => model.Weight(c, d) * mean[d]) + model.Bias(c)).ToArray();

        model.Model.Predict("perang dagang").ShouldBe(Softmax(logits), tolerance: 1e-5f);
    }

    [Fact]
    public void Predict_NoWords_IsSoftmaxOfTheBias()
    {
        var model = RandomModel(seed: 3);

        model.Model.Predict("!!!").ShouldBe(Softmax([model.Bias(0), model.Bias(1), model.Bias(2)]), tolerance: 1e-6f);
    }

    [Fact]
    public void Contributions_PlusBias_SumToTheLogit()
    {
        var model = RandomModel(seed: 4);
        var probabilities = model.Model.Predict("sanksi baru untuk Iran");

        // Softmax is invariant to a shift, so compare logit differences between two classes.
        var logit0 = model.Model.Contributions("sanksi baru untuk Iran", 0).Sum(c => c.Contribution) + model.Bias(0);
        var logit1 = model.Model.Contributions("sanksi baru untuk Iran", 1).Sum(c => c.Contribution) + model.Bias(1);

        MathF.Log(probabilities[0] / probabilities[1]).ShouldBe(logit0 - logit1, 1e-4f);
    }

    [Fact]
    public void SaveThenLoad_GivesTheSamePredictions()
    {
        var model = RandomModel(seed: 5).Model;
        using var stream = new MemoryStream();

        model.Save(stream);
        stream.Position = 0;
        var loaded = NeuralTextModel.Load(stream);

        loaded.Labels.ShouldBe(model.Labels);
        loaded.Settings.ShouldBe(model.Settings);
        loaded.Predict("Rusia menuduh Ukraina").ShouldBe(model.Predict("Rusia menuduh Ukraina"));
    }

    [Fact]
    public void Load_TruncatedFile_ThrowsInvalidData()
    {
        using var full = new MemoryStream();
        RandomModel(seed: 6).Model.Save(full);

        var truncated = new MemoryStream(full.ToArray()[..^5]);

        Should.Throw<InvalidDataException>(() => NeuralTextModel.Load(truncated)).Message.ShouldContain("ends early");
    }

    [Fact]
    public void Load_OtherFile_ThrowsInvalidData()
    {
        var zip = new MemoryStream("PK\u0003\u0004 not a model"u8.ToArray());

        Should.Throw<InvalidDataException>(() => NeuralTextModel.Load(zip)).Message.ShouldContain("not a HashedNgramNet.v1 model");
    }

    [Fact]
    public void Constructor_WeightsOfWrongShape_Throws()
    {
        Should.Throw<ArgumentException>(() => new NeuralTextModel(Tiny, ["a", "b"], new float[16 * 3], new float[5], new float[2]));
    }

    private static float[] Softmax(float[] logits)
    {
        var max = logits.Max();
        var exp = logits.Select(l => MathF.Exp(l - max)).ToArray();
        return [.. exp.Select(e => e / exp.Sum())];
    }

    private static TestModel RandomModel(int seed)
    {
        var random = new Random(seed);
        float[] Draw(int n) => [.. Enumerable.Range(0, n).Select(_ => (float)(random.NextDouble() * 2 - 1))];
        var embedding = Draw(16 * 3);
        var weights = Draw(3 * 3);
        var bias = Draw(3);
        return new TestModel(new NeuralTextModel(Tiny, ["a", "b", "c"], embedding, weights, bias), embedding, weights, bias);
    }

    private sealed record TestModel(NeuralTextModel Model, float[] EmbeddingRows, float[] Weights, float[] Biases)
    {
        public float[] Embedding(int id) => EmbeddingRows[(id * 3)..((id + 1) * 3)];

        public float Weight(int label, int dimension) => Weights[(label * 3) + dimension];

        public float Bias(int label) => Biases[label];
    }
}
