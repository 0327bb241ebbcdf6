using Classifier.Training;
using Classifier.Training.Data;
using Classifier.Training.Selection;

namespace Classifier.Torch.Tests;

public class TorchFastTextTrainerTests
{
    private static readonly NeuralTrainingOptions Small = SmallNetwork.Options with { Epochs = 3 };

    [Fact]
    public void Train_ClaimTask_HasTheClassesNotClaimAndClaim()
    {
        var examples = Examples(200);

        var model = new TorchFastTextTrainer(Small).Train(ModelTrainer.ClaimTask, examples, null, null, CancellationToken.None);

        model.Labels.ShouldBe(["0", "1"]);
    }

    [Fact]
    public void Train_UnknownTask_Throws()
    {
        Should.Throw<ArgumentException>(() => new TorchFastTextTrainer(Small).Train("topic", Examples(10), null, null, CancellationToken.None));
    }

    [Fact]
    public void Train_ThroughModelTrainerAndWriter_SavesNeuralModelsTheClassifierLoads()
    {
        var examples = Examples(400);
        var options = TrainingOptions.Default with { Quick = true, Folds = 3, EventTrainer = TrainerNames.TorchFastText, ClaimTrainer = TrainerNames.TorchFastText };
        var progress = new List<TrainingProgress>();
        var folder = Path.Combine(Directory.CreateTempSubdirectory().FullName, "models");
        var data = Path.Combine(RepoPaths.Root, "data", "train.tsv");

        var models = new ModelTrainer(options, new TorchFastTextTrainer(Small)).Train(examples, new Recorder(progress));
        var manifest = ModelWriter.Save(folder, models, options, [data], examples);
        var classifier = SentenceClassifier.Load(folder);

        models.Leaderboard.Event.Single().Trainer.ShouldBe(TrainerNames.TorchFastText);
        models.EventOutOfFold.Count.ShouldBe(examples.Count);
        progress.ShouldContain(p => p.Detail != null && p.Detail.StartsWith("epoch 3/3", StringComparison.Ordinal) && p.Fold == 3);
        manifest.EventModel.Format.ShouldBe(ModelFormats.Neural);
        manifest.ClaimModel.File.ShouldBe(ModelWriter.ClaimNetworkFile);
        manifest.EventModel.Featurizer.Describe().ShouldBe("stem+cues w1-2 c3-6 Embedding");
        var sentence = examples[0].Text;
        classifier.Classify(sentence).Scores.Values.ShouldBe(models.EventModel.Network!.Predict(sentence), tolerance: 1e-6f);
    }

    private static List<LabeledExample> Examples(int take) =>
        [.. LabeledDataReader.Read(Path.Combine(RepoPaths.Root, "data", "train.tsv")).Take(take)];

    private sealed class Recorder(List<TrainingProgress> reports) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => reports.Add(value);
    }
}
