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
    public void Explain_DenialSentence_NamesTheDenialStemFirst()
    {
        var classifier = SentenceClassifier.Load(RepoPaths.Models);

        var explanation = classifier.Explain("Juru bicara kementerian membantah tuduhan itu dan menyebutnya fitnah.", terms: 4);

        explanation.Prediction.Label.ShouldBe(EventLabels.Denial);
        explanation.LabelTerms.Count.ShouldBe(4);
        explanation.LabelTerms.Select(t => t.Term).ShouldContain("bantah");
        explanation.LabelTerms.Select(t => t.Weight).ShouldBeInOrder(SortDirection.Descending);
        explanation.ClaimTerms.ShouldNotBeEmpty();
        explanation.ClaimTerms.ShouldAllBe(t => t.Weight > 0);
    }

    [Theory]
    [InlineData(EventLabels.Accusation, "112")]
    [InlineData(EventLabels.Denial, "016")]
    [InlineData(EventLabels.Sanction, "163")]
    [InlineData(EventLabels.MilitaryCooperation, "062")]
    [InlineData(EventLabels.Other, null)]
    public void CameoCode_Label_IsTheCameoEventCode(string label, string? code)
    {
        EventLabels.CameoCode(label).ShouldBe(code);
    }

    [Fact]
    public void Classify_EightThreads_GiveExactlyTheSequentialResults()
    {
        var classifier = SentenceClassifier.Load(RepoPaths.Models);
        var sentences = CorpusSentences().Take(10_000).ToList();
        var sequential = classifier.Classify(sentences);

        var parallel = new IReadOnlyList<SentencePrediction>[8];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = classifier.Classify(sentences));

        sentences.Count.ShouldBe(10_000);
        foreach (var run in parallel)
        {
            run.Select(p => (p.Label, p.Confidence, p.ClaimScore)).ShouldBe(sequential.Select(p => (p.Label, p.Confidence, p.ClaimScore)));
        }
    }

    [Fact]
    public void Classify_OneAtATimeFromManyThreads_MatchesTheBatch()
    {
        var classifier = SentenceClassifier.Load(RepoPaths.Models);
        var sentences = CorpusSentences().Take(2000).ToList();
        var batch = classifier.Classify(sentences);

        var single = new SentencePrediction[sentences.Count];
        Parallel.For(0, sentences.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => single[i] = classifier.Classify(sentences[i]));

        single.Select(p => (p.Label, p.Confidence, p.ClaimScore)).ShouldBe(batch.Select(p => (p.Label, p.Confidence, p.ClaimScore)));
    }

    [Fact]
    public void Classify_SharedFeaturization_MatchesTheTwoModelsRunSeparately()
    {
        var classifier = SentenceClassifier.Load(RepoPaths.Models);
        var sentences = CorpusSentences().Take(500).ToList();
        var mlContext = new Microsoft.ML.MLContext(1);
        var data = mlContext.Data.LoadFromEnumerable(sentences.Select(s => new SentenceInput { Text = s }));
        var eventModel = mlContext.Model.Load(Path.Combine(RepoPaths.Models, "event.zip"), out _);
        var claimModel = mlContext.Model.Load(Path.Combine(RepoPaths.Models, "claim.zip"), out _);
        var events = mlContext.Data.CreateEnumerable<EventPrediction>(eventModel.Transform(data), reuseRowObject: false).ToList();
        var claims = mlContext.Data.CreateEnumerable<ClaimPrediction>(claimModel.Transform(data), reuseRowObject: false).ToList();

        var predictions = classifier.Classify(sentences);
        var single = classifier.Classify(sentences[3]);

        // The committed linear models run in managed code (LinearForwardPass), which matches
        // ML.NET's arithmetic to rounding.
        classifier.SharesFeaturization.ShouldBeTrue();
        classifier.RunsManagedLinearPass.ShouldBeTrue();
        predictions.Select(p => p.Label).ShouldBe(events.Select(e => e.PredictedLabel));
        predictions.Select(p => p.ClaimScore).ShouldBe(claims.Select(c => c.Probability), tolerance: 1e-5);
        single.ClaimScore.ShouldBe(claims[3].Probability, 1e-5f);
    }

    [Fact]
    public void Classify_CancelledToken_Throws()
    {
        var classifier = SentenceClassifier.Load(RepoPaths.Models);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Should.Throw<OperationCanceledException>(() => classifier.Classify(["Rusia membantah tuduhan itu."], cancellation.Token));
    }

    [Fact]
    public async Task ClassifyFilesAsync_SeedArticles_StreamsEachFileInOrder()
    {
        var classifier = SentenceClassifier.Load(RepoPaths.Models);
        var seeds = Directory.GetFiles(Path.Combine(RepoPaths.Root, "seeds"), "*.txt").Order(StringComparer.Ordinal).ToList();

        var files = new List<FilePrediction>();
        await foreach (var file in classifier.ClassifyFilesAsync(seeds))
        {
            files.Add(file);
        }

        files.Select(f => f.Path).ShouldBe(seeds);
        files.ShouldAllBe(f => f.Article.Sentences.Count > 5);
    }

    [Fact]
    public void Load_ChangedModelFile_ThrowsModelLoadException()
    {
        var folder = CopyCommittedModels();
        File.AppendAllText(Path.Combine(folder, "claim.zip"), " ");

        Should.Throw<ModelLoadException>(() => SentenceClassifier.Load(folder)).Message.ShouldContain("claim.zip: the file's SHA-256 differs from the manifest's");
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
        var folder = CopyCommittedModels(manifest => manifest with { FormatVersion = 99 });

        Should.Throw<ModelLoadException>(() => SentenceClassifier.Load(folder)).Message.ShouldContain("format 99");
    }

    [Fact]
    public void Load_UnknownPreprocessing_ThrowsModelLoadException()
    {
        var folder = CopyCommittedModels(manifest => manifest with
        {
            EventModel = manifest.EventModel with { Featurizer = manifest.EventModel.Featurizer with { Stemming = "JavaneseStem.v3" } },
        });

        Should.Throw<ModelLoadException>(() => SentenceClassifier.Load(folder)).Message.ShouldContain("'JavaneseStem.v3', which this version does not have");
    }

    [Fact]
    public void Load_NeuralModels_ClassifiesWithTheirManagedForwardPass()
    {
        var (folder, events, claims) = NeuralModelFolder();
        var classifier = SentenceClassifier.Load(folder);
        const string sentence = "Kementerian Luar Negeri membantah tuduhan itu.";

        var prediction = classifier.Classify(sentence);

        var expected = events.Predict(sentence);
        classifier.SharesFeaturization.ShouldBeTrue();
        classifier.Labels.ShouldBe(events.Labels);
        prediction.Scores.Values.ShouldBe(expected, tolerance: 1e-6f);
        prediction.Label.ShouldBe(events.Labels[Array.IndexOf(expected, expected.Max())]);
        prediction.ClaimScore.ShouldBe(claims.Predict(sentence)[1]);
        prediction.IsClaim.ShouldBe(prediction.ClaimScore >= classifier.Manifest.ClaimModel.Threshold);
    }

    [Fact]
    public void Classify_NeuralModelsInABatch_MatchesOneByOne()
    {
        var classifier = SentenceClassifier.Load(NeuralModelFolder().Folder);
        var sentences = CorpusSentences().Take(500).ToList();

        var batch = classifier.Classify(sentences);

        batch.Select(p => (p.Label, p.Confidence, p.ClaimScore)).ShouldBe(sentences.Select(classifier.Classify).Select(p => (p.Label, p.Confidence, p.ClaimScore)));
    }

    [Fact]
    public void Explain_NeuralModels_GivesItsStrongestNgrams()
    {
        var classifier = SentenceClassifier.Load(NeuralModelFolder().Folder);

        var explanation = classifier.Explain("Amerika Serikat menjatuhkan sanksi kepada tiga perusahaan.", terms: 3);

        explanation.LabelTerms.Count.ShouldBe(3);
        explanation.LabelTerms.Select(t => t.Weight).ShouldBeInOrder(SortDirection.Descending);
        explanation.ClaimTerms.ShouldAllBe(t => t.Weight > 0);
    }

    [Fact]
    public void Load_UnknownModelFormat_ThrowsModelLoadException()
    {
        var folder = CopyCommittedModels(manifest => manifest with { ClaimModel = manifest.ClaimModel with { Format = "Onnx.v9" } });

        Should.Throw<ModelLoadException>(() => SentenceClassifier.Load(folder)).Message.ShouldContain("'Onnx.v9', which this version cannot read");
    }

    [Fact]
    public void Load_CorruptNeuralModel_ThrowsModelLoadException()
    {
        var (folder, _, _) = NeuralModelFolder();
        var path = Path.Combine(folder, "event.nn");
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..100]);
        var manifestPath = Path.Combine(folder, ModelManifest.FileName);
        var manifest = ModelManifest.FromJson(File.ReadAllText(manifestPath));
        File.WriteAllText(manifestPath, (manifest with { EventModel = manifest.EventModel with { Sha256 = Sha256(path) } }).ToJson());

        Should.Throw<ModelLoadException>(() => SentenceClassifier.Load(folder)).Message.ShouldContain("event.nn: not a readable HashedNgramNet.v1 model");
    }

    // A folder with small random neural models for both tasks, described by the committed manifest.
    private static (string Folder, Classifier.Neural.NeuralTextModel Events, Classifier.Neural.NeuralTextModel Claims) NeuralModelFolder()
    {
        var folder = CopyCommittedModels();
        var settings = Classifier.Neural.HashedNgramSettings.Default with { Buckets = 1024, Dimensions = 4 };
        var random = new Random(11);
        float[] Draw(int n) => [.. Enumerable.Range(0, n).Select(_ => (float)(random.NextDouble() - 0.5))];
        var events = new Classifier.Neural.NeuralTextModel(settings, EventLabels.All, Draw(1024 * 4), Draw(5 * 4), Draw(5));
        var claims = new Classifier.Neural.NeuralTextModel(settings, ["0", "1"], Draw(1024 * 4), Draw(2 * 4), Draw(2));
        foreach (var (file, model) in new[] { ("event.nn", events), ("claim.nn", claims) })
        {
            using var stream = File.Create(Path.Combine(folder, file));
            model.Save(stream);
        }

        var manifestPath = Path.Combine(folder, ModelManifest.FileName);
        var manifest = ModelManifest.FromJson(File.ReadAllText(manifestPath));
        var featurizer = settings.ToFeaturizerSettings();
        manifest = manifest with
        {
            EventModel = new ModelEntry("event.nn", "TorchFastText", featurizer, Sha256(Path.Combine(folder, "event.nn")), ModelFormats.Neural),
            ClaimModel = new ClaimModelEntry("claim.nn", "TorchFastText", featurizer, Sha256(Path.Combine(folder, "claim.nn")), 0.5, ModelFormats.Neural),
        };
        File.WriteAllText(manifestPath, manifest.ToJson());
        return (folder, events, claims);
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    // The corpus's sentences, then the same with a date appended, so there are more than 10,000 distinct ones.
    private static IEnumerable<string> CorpusSentences()
    {
        var texts = new[] { "train.tsv", "test.tsv" }
            .SelectMany(f => File.ReadLines(Path.Combine(RepoPaths.Root, "data", f)).Skip(1))
            .Select(l => l.Split('\t')[0])
            .ToList();
        return texts.Concat(texts.Select(t => t + " (Senin)")).Concat(texts.Select(t => t + " (Selasa)"));
    }

    private static string CopyCommittedModels(Func<ModelManifest, ModelManifest>? editManifest = null)
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        foreach (var file in Directory.GetFiles(RepoPaths.Models))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        if (editManifest is not null)
        {
            var path = Path.Combine(folder, ModelManifest.FileName);
            File.WriteAllText(path, editManifest(ModelManifest.FromJson(File.ReadAllText(path))).ToJson());
        }

        return folder;
    }
}
