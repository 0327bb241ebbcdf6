using Classifier.Training.Data;

namespace Classifier.Training.Tests;

public class ModelTrainerTests
{
    [Fact]
    public void Train_SaveLoadPredict_RoundTripsWithManifest()
    {
        var dataFile = Path.Combine(RepoPaths.Root, "data", "train.tsv");
        var examples = LabeledDataReader.Read(dataFile);
        var options = TrainingOptions.Default with { Folds = 3 };
        var output = Path.Combine(Directory.CreateTempSubdirectory().FullName, "models");

        var models = new ModelTrainer(options).Train(examples);
        var manifest = ModelWriter.Save(output, models, options, [dataFile], examples);
        var classifier = SentenceClassifier.Load(output);

        manifest.TrainingData.Rows.ShouldBe(examples.Count);
        manifest.TrainingData.Files.Single().Sha256.Length.ShouldBe(64);
        manifest.Metrics.EventMacroF1.ShouldBeInRange(0.3, 1.0);
        classifier.Labels.ShouldBe(EventLabels.All, ignoreOrder: true);
        classifier.Classify("Kementerian Luar Negeri membantah tuduhan itu dan menyebutnya fitnah.").Label.ShouldBe(EventLabels.Denial);
        classifier.Classify("Kedua angkatan laut menggelar latihan gabungan di Laut Natuna pekan ini.").Label.ShouldBe(EventLabels.MilitaryCooperation);
        Directory.GetFiles(output).Select(Path.GetFileName).ShouldBe(["claim.zip", "event.zip", "manifest.json"], ignoreOrder: true);
    }

    [Fact]
    public void Train_SameSeed_GivesSameModel()
    {
        var examples = LabeledDataReader.Read(Path.Combine(RepoPaths.Root, "data", "train.tsv")).Take(400).ToList();
        var options = TrainingOptions.Default with { Folds = 3 };
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
    public void Train_TooFewSources_Throws()
    {
        var examples = Enumerable.Range(0, 10)
            .Select(i => new LabeledExample($"Kalimat {i}.", EventLabels.Other, true, "one-article", "x.tsv", i + 2))
            .ToList();

        Should.Throw<ArgumentException>(() => new ModelTrainer(TrainingOptions.Default).Train(examples)).Message.ShouldContain("at least 5 sources");
    }
}
