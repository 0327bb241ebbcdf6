using Classifier.Neural;
using Classifier.Text;
using Classifier.Training.Data;
using Classifier.Training.Selection;

namespace Classifier.Training.Tests;

public class ModelTrainerTests
{
    [Fact]
    public void Train_SaveLoadPredict_RoundTripsWithManifest()
    {
        var dataFile = Path.Combine(RepoPaths.Root, "data", "train.tsv");
        var examples = LabeledDataReader.Read(dataFile);
        var options = TrainingOptions.Default with { Folds = 3, Quick = true };
        var output = Path.Combine(Directory.CreateTempSubdirectory().FullName, "models");

        var models = new ModelTrainer(options).Train(examples);
        var manifest = ModelWriter.Save(output, models, options, [dataFile], examples);
        var classifier = SentenceClassifier.Load(output);

        manifest.TrainingData.Rows.ShouldBe(examples.Count);
        manifest.TrainingData.Files.Single().Sha256.Length.ShouldBe(64);
        manifest.Metrics.EventMacroF1.ShouldBeInRange(0.3, 1.0);
        manifest.ClaimModel.Threshold.ShouldBeInRange(0.05, 0.95);
        manifest.EventModel.Featurizer.Stemming.ShouldBe(IndonesianStemCuesMapping.ContractName);
        models.EventOutOfFold.Select(p => p.Index).ShouldBe(Enumerable.Range(0, examples.Count));
        classifier.Labels.ShouldBe(EventLabels.All, ignoreOrder: true);
        classifier.Classify("Kementerian Luar Negeri membantah tuduhan itu dan menyebutnya fitnah.").Label.ShouldBe(EventLabels.Denial);
        classifier.Classify("Kedua angkatan laut menggelar latihan gabungan di Laut Natuna pekan ini.").Label.ShouldBe(EventLabels.MilitaryCooperation);
        Directory.GetFiles(output).Select(Path.GetFileName)
            .ShouldBe(["claim.zip", "event.zip", "manifest.json", "leaderboard.json", "leaderboard.md"], ignoreOrder: true);
    }

    [Fact]
    public void LabelWeights_RareLabel_WeighsMoreByTheSquareRootOfItsRarity()
    {
        // 8 rows of "other", 2 of "denial": two labels, so the average label has 5 rows.
        var examples = Enumerable.Range(0, 10)
            .Select(i => new LabeledExample($"Kalimat {i}.", i < 8 ? EventLabels.Other : EventLabels.Denial, true, "a", "x.tsv", i + 2))
            .ToList();

        var weights = ModelTrainer.LabelWeights(examples);

        weights[EventLabels.Other].ShouldBe((float)Math.Sqrt(5.0 / 8), 1e-6f);
        weights[EventLabels.Denial].ShouldBe((float)Math.Sqrt(5.0 / 2), 1e-6f);
    }

    [Fact]
    public void Train_SameSeed_GivesSameModel()
    {
        var examples = LabeledDataReader.Read(Path.Combine(RepoPaths.Root, "data", "train.tsv")).Take(400).ToList();
        var options = TrainingOptions.Default with { Folds = 3, Quick = true };
        var sentence = "Amerika Serikat menjatuhkan sanksi terhadap dua perusahaan pelayaran.";

        SentencePrediction Predict()
        {
            var folder = Directory.CreateTempSubdirectory().FullName;
            ModelWriter.Save(folder, new ModelTrainer(options).Train(examples), options, [], examples);
            return SentenceClassifier.Load(folder).Classify(sentence);
        }

        var first = Predict();
        var second = Predict();

        second.Scores.ShouldBe(first.Scores);
        second.ClaimScore.ShouldBe(first.ClaimScore);
    }

    [Fact]
    public void Train_Search_ComparesEveryTrainerThenFeaturizerVariants()
    {
        // A small slice keeps the 20 candidates × 3 folds quick; the point is the search's shape.
        var examples = LabeledDataReader.Read(Path.Combine(RepoPaths.Root, "data", "train.tsv")).Take(300).ToList();
        var options = TrainingOptions.Default with { Folds = 3 };
        var reports = new List<TrainingProgress>();

        var models = new ModelTrainer(options, new PriorTrainer()).Train(examples, new ListProgress(reports));

        // Every ML.NET trainer and the neural one, then the variants with the best ML.NET trainer.
        var variants = ModelTrainer.FeaturizerVariants(options.Featurizer).Count;
        models.Leaderboard.Event.Count.ShouldBe(TrainerNames.Event.Count + 1 + variants);
        models.Leaderboard.Claim.Count.ShouldBe(TrainerNames.Claim.Count + 1 + variants);
        models.Leaderboard.Event.Select(r => r.Trainer).Distinct().ShouldBe([.. TrainerNames.Event, TrainerNames.TorchFastText], ignoreOrder: true);
        models.Leaderboard.Event.Select(r => r.Mean).ShouldBeInOrder(SortDirection.Descending);
        models.EventChoice.ShouldBe(models.Leaderboard.Event[models.Leaderboard.EventChosen]);
        models.ClaimChoice.ShouldBe(models.Leaderboard.Claim[models.Leaderboard.ClaimChosen]);
        models.EventChoice.Mean.ShouldBeGreaterThanOrEqualTo(SelectionRule.Bar(models.Leaderboard.Event));
        models.Leaderboard.Event.ShouldAllBe(r => r.FoldScores.Count == 3 && r.ModelBytes > 0);
        reports.Count(r => r.Task == ModelTrainer.EventTask && r.Fold > 0 && r.Detail is null).ShouldBe(3 * models.Leaderboard.Event.Count);
    }

    [Fact]
    public void Train_NeuralCandidate_GetsTheSameArticleGroupedFolds()
    {
        var examples = LabeledDataReader.Read(Path.Combine(RepoPaths.Root, "data", "train.tsv")).Take(300).ToList();
        var options = TrainingOptions.Default with { Quick = true, Folds = 3, EventTrainer = TrainerNames.TorchFastText, ClaimTrainer = TrainerNames.TorchFastText };
        var neural = new PriorTrainer();

        var models = new ModelTrainer(options, neural).Train(examples);

        // Three folds per task, then a final fit on everything.
        var folds = neural.Runs.Where(r => r.Validation is not null).ToList();
        folds.Count.ShouldBe(6);
        foreach (var fold in folds)
        {
            fold.Train.Select(e => e.Source).Intersect(fold.Validation!.Select(e => e.Source)).ShouldBeEmpty();
            (fold.Train.Count + fold.Validation!.Count).ShouldBe(examples.Count);
        }

        folds.Where(f => f.Task == ModelTrainer.EventTask).SelectMany(f => f.Validation!).Count().ShouldBe(examples.Count);
        neural.Runs.Count(r => r.Validation is null).ShouldBe(2);
        models.EventModel.Network.ShouldNotBeNull();
        models.EventOutOfFold.Select(p => p.Index).ShouldBe(Enumerable.Range(0, examples.Count));
        models.Leaderboard.Claim.Single().Featurizer.ShouldBe(neural.Featurizer.ToFeaturizerSettings());
    }

    [Fact]
    public void Train_TorchTrainerWithoutNeuralTrainer_ThrowsArgumentException()
    {
        var examples = LabeledDataReader.Read(Path.Combine(RepoPaths.Root, "data", "train.tsv")).Take(300).ToList();
        var options = TrainingOptions.Default with { Quick = true, EventTrainer = TrainerNames.TorchFastText };

        Should.Throw<ArgumentException>(() => new ModelTrainer(options).Train(examples)).Message.ShouldContain("TorchFastText is not available here");
    }

    [Fact]
    public void Train_NeuralTrainerCannotRun_IsLeftOutWithANote()
    {
        var examples = LabeledDataReader.Read(Path.Combine(RepoPaths.Root, "data", "train.tsv")).Take(300).ToList();
        var options = TrainingOptions.Default with { Quick = true, Folds = 3 };

        var models = new ModelTrainer(options, new PriorTrainer("libtorch could not be loaded")).Train(examples);

        models.Notes.ShouldBe(["TorchFastText was left out of the search: it cannot run on this machine (libtorch could not be loaded)"]);
        models.Leaderboard.Event.ShouldAllBe(r => r.Trainer != TrainerNames.TorchFastText);
    }

    [Fact]
    public void Train_NeuralTrainerAskedForButCannotRun_Throws()
    {
        var examples = LabeledDataReader.Read(Path.Combine(RepoPaths.Root, "data", "train.tsv")).Take(300).ToList();
        var options = TrainingOptions.Default with { Quick = true, Folds = 3, EventTrainer = TrainerNames.TorchFastText, ClaimTrainer = TrainerNames.TorchFastText };

        Should.Throw<InvalidOperationException>(() => new ModelTrainer(options, new PriorTrainer("libtorch could not be loaded")).Train(examples))
            .Message.ShouldBe("the trainer TorchFastText cannot run on this machine: libtorch could not be loaded");
    }

    [Fact]
    public void ToString_WithDetail_AppendsIt()
    {
        var progress = new TrainingProgress(ModelTrainer.EventTask, 2, 5, 3, 5, "TorchFastText", TimeSpan.FromSeconds(65), "epoch 2/6, loss 0.500");

        progress.ToString().ShouldBe("[event 2/5, fold 3/5, 01:05] TorchFastText: epoch 2/6, loss 0.500");
    }

    [Fact]
    public void Train_Cancelled_Throws()
    {
        var examples = LabeledDataReader.Read(Path.Combine(RepoPaths.Root, "data", "train.tsv")).Take(300).ToList();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Should.Throw<OperationCanceledException>(() => new ModelTrainer(TrainingOptions.Default with { Folds = 3 }).Train(examples, null, cancellation.Token));
    }

    [Fact]
    public void Train_TooFewSources_Throws()
    {
        var examples = Enumerable.Range(0, 10)
            .Select(i => new LabeledExample($"Kalimat {i}.", EventLabels.Other, true, "one-article", "x.tsv", i + 2))
            .ToList();

        Should.Throw<ArgumentException>(() => new ModelTrainer(TrainingOptions.Default).Train(examples)).Message.ShouldContain("at least 5 sources");
    }

    // A neural trainer whose models predict the training data's class shares for every sentence:
    // enough to check what the model search does with a neural candidate, without libtorch.
    private sealed class PriorTrainer(string? unavailable = null) : INeuralTrainer
    {
        public List<(string Task, IReadOnlyList<LabeledExample> Train, IReadOnlyList<LabeledExample>? Validation)> Runs { get; } = [];

        public string Name => TrainerNames.TorchFastText;

        public HashedNgramSettings Featurizer { get; } = HashedNgramSettings.Default with { Buckets = 16, Dimensions = 2 };

        public bool TryPrepare(out string? problem)
        {
            problem = unavailable;
            return unavailable is null;
        }

        public NeuralTextModel Train(string task, IReadOnlyList<LabeledExample> examples, IReadOnlyList<LabeledExample>? validation, Action<string>? onEpoch, CancellationToken cancellationToken)
        {
            Runs.Add((task, examples, validation));
            onEpoch?.Invoke("epoch 1/1");
            var labels = task == ModelTrainer.EventTask ? EventLabels.All : ModelTrainer.ClaimLabels;
            var counts = labels.Select(l => examples.Count(e => (task == ModelTrainer.EventTask ? e.Label : e.Claim ? "1" : "0") == l) + 1.0).ToArray();
            var bias = counts.Select(c => (float)Math.Log(c)).ToArray();
            return new NeuralTextModel(Featurizer, labels, new float[16 * 2], new float[labels.Count * 2], bias);
        }
    }

    private sealed class ListProgress(List<TrainingProgress> reports) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => reports.Add(value);
    }
}
