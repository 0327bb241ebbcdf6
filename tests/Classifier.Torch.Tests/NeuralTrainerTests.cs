using Classifier.Neural;
using Classifier.Training.Data;

namespace Classifier.Torch.Tests;

public class NeuralTrainerTests
{
    private static readonly NeuralTrainingOptions Small = SmallNetwork.Options;

    [Fact]
    public void Train_SameSeedTwice_GivesByteIdenticalModels()
    {
        var (texts, targets) = Corpus(600);

        var first = Bytes(new NeuralTrainer(Small).Train(texts, targets, EventLabels.All));
        var second = Bytes(new NeuralTrainer(Small).Train(texts, targets, EventLabels.All));

        second.ShouldBe(first);
    }

    [Fact]
    public void Train_OtherSeed_GivesOtherWeights()
    {
        var (texts, targets) = Corpus(300);

        var first = Bytes(new NeuralTrainer(Small).Train(texts, targets, EventLabels.All));
        var second = Bytes(new NeuralTrainer(Small with { Seed = 7 }).Train(texts, targets, EventLabels.All));

        second.ShouldNotBe(first);
    }

    [Fact]
    public void Train_CorpusSentences_LearnsToTellTheLabelsApart()
    {
        var (texts, targets) = Corpus(1500);
        var (heldTexts, heldTargets) = Corpus(2000, skip: 1500);

        var model = new NeuralTrainer(Small with { Featurizer = HashedNgramSettings.Default, Epochs = 6 }).Train(texts, targets, EventLabels.All);

        // Five labels, the largest holding under half of the rows: guessing scores far lower.
        Accuracy(model, texts, targets).ShouldBeGreaterThan(0.9);
        Accuracy(model, heldTexts, heldTargets).ShouldBeGreaterThan(0.6);
    }

    [Fact]
    public void Train_WithValidation_ReportsEveryEpochWithFallingLoss()
    {
        var (texts, targets) = Corpus(400);
        var epochs = new List<NeuralEpoch>();

        new NeuralTrainer(Small).Train(texts, targets, EventLabels.All, (texts.Take(50).ToList(), targets.Take(50).ToList()), new Recorder(epochs));

        epochs.Select(e => e.Epoch).ShouldBe([1, 2, 3, 4]);
        epochs.ShouldAllBe(e => e.Epochs == 4 && e.ValidationMacroF1 >= 0 && e.ValidationMacroF1 <= 1);
        epochs[^1].Loss.ShouldBeLessThan(epochs[0].Loss);
        epochs[0].ToString().ShouldStartWith("epoch 1/4, loss ");
        epochs[0].ToString().ShouldContain(", validation macro-F1 ");
    }

    [Fact]
    public void Train_CancelledToken_Throws()
    {
        var (texts, targets) = Corpus(100);

        Should.Throw<OperationCanceledException>(() => new NeuralTrainer(Small).Train(texts, targets, EventLabels.All, cancellationToken: new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Train_ClassOutOfRange_Throws()
    {
        Should.Throw<ArgumentException>(() => new NeuralTrainer(Small).Train(["Satu.", "Dua."], [0, 5], EventLabels.All)).Message.ShouldContain("outside 0..4");
    }

    [Fact]
    public void Constructor_NoEpochs_Throws()
    {
        Should.Throw<ArgumentException>(() => new NeuralTrainer(Small with { Epochs = 0 }));
    }

    internal static (List<string> Texts, List<int> Targets) Corpus(int take, int skip = 0)
    {
        var rows = LabeledDataReader.Read(Path.Combine(RepoPaths.Root, "data", "train.tsv")).Skip(skip).Take(take).ToList();
        return ([.. rows.Select(r => r.Text)], [.. rows.Select(r => EventLabels.All.ToList().IndexOf(r.Label))]);
    }

    private static double Accuracy(NeuralTextModel model, List<string> texts, List<int> targets) =>
        texts.Select((t, i) => Array.IndexOf(model.Predict(t), model.Predict(t).Max()) == targets[i] ? 1.0 : 0.0).Average();

    private static byte[] Bytes(NeuralTextModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private sealed class Recorder(List<NeuralEpoch> epochs) : IProgress<NeuralEpoch>
    {
        public void Report(NeuralEpoch value) => epochs.Add(value);
    }
}
