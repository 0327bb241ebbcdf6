namespace Classifier.Tests;

public class SentenceClassifierTests
{
    [Fact]
    public void Load_CommittedModels_ClassifiesSanctionSentence()
    {
        var classifier = SentenceClassifier.Load(RepoPaths.Models);

        var prediction = classifier.Classify("Uni Eropa menjatuhkan sanksi baru dan membekukan aset tiga bank.");

        prediction.Label.ShouldBe(EventLabels.Sanction);
        prediction.Scores.Keys.ShouldBe(EventLabels.All, ignoreOrder: true);
        prediction.Scores.Values.Sum().ShouldBe(1f, 0.001f);
        prediction.Confidence.ShouldBe(prediction.Scores[prediction.Label]);
    }

    [Fact]
    public void ClassifyArticle_SeedArticle_ReturnsSpansOfOriginal()
    {
        var classifier = SentenceClassifier.Load(RepoPaths.Models);
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "seeds", "000_f40cde74fe5a52d2.txt"));

        var article = classifier.ClassifyArticle(text);

        article.Sentences.Count.ShouldBeGreaterThan(5);
        foreach (var sentence in article.Sentences)
        {
            var original = string.Join(' ', text.Substring(sentence.Start, sentence.Length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            original.ShouldBe(sentence.Prediction.Text);
        }
    }

    [Fact]
    public void Load_MissingFolder_ThrowsModelLoadException()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));

        Should.Throw<ModelLoadException>(() => SentenceClassifier.Load(missing)).Message.ShouldContain("not found");
    }

    [Fact]
    public void Load_CorruptModelZip_ThrowsModelLoadException()
    {
        var folder = CopyCommittedModels();

        File.WriteAllText(Path.Combine(folder, "event.zip"), "not a zip");

        Should.Throw<ModelLoadException>(() => SentenceClassifier.Load(folder)).Message.ShouldContain("event.zip");
    }

    [Fact]
    public void Load_UnknownManifestFormat_ThrowsModelLoadException()
    {
        var folder = CopyCommittedModels();

        var manifestPath = Path.Combine(folder, ModelManifest.FileName);
        var manifest = ModelManifest.FromJson(File.ReadAllText(manifestPath));
        File.WriteAllText(manifestPath, (manifest with { FormatVersion = 99 }).ToJson());

        Should.Throw<ModelLoadException>(() => SentenceClassifier.Load(folder)).Message.ShouldContain("format 99");
    }

    [Fact]
    public void Load_UnknownPreprocessing_ThrowsModelLoadException()
    {
        var folder = CopyCommittedModels();

        var manifestPath = Path.Combine(folder, ModelManifest.FileName);
        var manifest = ModelManifest.FromJson(File.ReadAllText(manifestPath));
        var eventModel = manifest.EventModel with { Featurizer = manifest.EventModel.Featurizer with { Stemming = "JavaneseStem.v3" } };
        File.WriteAllText(manifestPath, (manifest with { EventModel = eventModel }).ToJson());

        Should.Throw<ModelLoadException>(() => SentenceClassifier.Load(folder)).Message.ShouldContain("'JavaneseStem.v3', which this version does not have");
    }

    private static string CopyCommittedModels()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        foreach (var file in Directory.GetFiles(RepoPaths.Models))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }
}
