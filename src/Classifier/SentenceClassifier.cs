using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using Classifier.Neural;
using Classifier.Text;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier;

/// <summary>
/// The trained event and claim models, loaded from a model folder, ready to classify sentences
/// and articles.
/// </summary>
public sealed class SentenceClassifier
{
    // The claim model's class for "a claim", in a neural claim model's labels.
    private const string ClaimLabel = "1";

    // Sentences per Transform call: large enough for throughput, small enough to bound memory.
    private const int BatchSize = 4096;

    // Below this many sentences, prediction engines beat a batch Transform (measured: 46 µs a sentence against ~2 ms of set-up).
    private const int SmallBatch = 64;

    private readonly MLContext _mlContext;
    private readonly ISentenceScorer _event;
    private readonly ISentenceScorer _claim;
    private readonly Lazy<ModelExplainer> _explainer;
    private readonly ITransformer? _combined;
    private readonly NeuralPairScorer? _neuralPair;
    private readonly LinearForwardPass? _linear;
    private readonly ConcurrentBag<PredictionEngine<SentenceInput, CombinedPrediction>> _combinedEngines = [];

    private SentenceClassifier(MLContext mlContext, ModelManifest manifest, ISentenceScorer eventScorer, ISentenceScorer claimScorer, IReadOnlyList<string> labels, int claimSlot)
    {
        _mlContext = mlContext;
        Manifest = manifest;
        _event = eventScorer;
        _claim = claimScorer;
        Labels = labels;
        var eventModel = (eventScorer as MlNetScorer<EventPrediction>)?.Model;
        var claimModel = (claimScorer as MlNetScorer<ClaimPrediction>)?.Model;

        // One featurization for both models when they share it: about half the work per sentence.
        if (eventModel is not null && claimModel is not null)
        {
            var slots = FeatureSlots.Read(mlContext, eventModel, claimModel);
            _combined = SharedFeaturization.TryCombine(mlContext, manifest, eventModel, claimModel, slots);

            // Linear models run faster still in managed code, where that reproduces ML.NET.
            _linear = LinearForwardPass.TryCreate(mlContext, manifest, eventModel, claimModel, slots);
        }

        // Likewise for two neural models with the same featurizer settings.
        _neuralPair = NeuralPairScorer.TryCreate(eventScorer, claimScorer, claimSlot);

        // Explanations need the featurizer split from the trainer; only build that when asked.
        _explainer = new Lazy<ModelExplainer>(() => new ModelExplainer(
            mlContext, eventModel, claimModel, mlContext.Data.LoadFromEnumerable(Array.Empty<SentenceInput>()).Schema));
    }

    /// <summary>Whether both models run on one shared featurization (see <see cref="SharedFeaturization"/> and <see cref="NeuralPairScorer"/>).</summary>
    internal bool SharesFeaturization => _combined is not null || _neuralPair is not null || _linear is not null;

    /// <summary>Whether the linear models run in managed code (see <see cref="LinearForwardPass"/>).</summary>
    internal bool RunsManagedLinearPass => _linear is not null;

    /// <summary>The manifest the models were loaded with.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>The event labels, in the order of the model's scores.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Loads the models of a model folder.</summary>
    /// <param name="directory">A folder holding <c>manifest.json</c> and the model files it names.</param>
    /// <returns>The loaded classifier.</returns>
    /// <exception cref="ModelLoadException">A file is missing or corrupt, or the models do not fit this library.</exception>
    public static SentenceClassifier Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new ModelLoadException($"{directory}: model folder not found");
        }

        var manifest = ReadManifest(Path.Combine(directory, ModelManifest.FileName));
        var mlContext = new MLContext(manifest.Seed);

        // Models with a stemming step name it by contract; ML.NET finds the contract in registered assemblies.
        mlContext.ComponentCatalog.RegisterAssembly(typeof(IndonesianStemMapping).Assembly);
        var eventPath = Path.Combine(directory, manifest.EventModel.File);
        var claimPath = Path.Combine(directory, manifest.ClaimModel.File);
        ISentenceScorer eventScorer, claimScorer;
        string[] labels;
        var claimSlot = 0;
        if (manifest.EventModel.Format == ModelFormats.Neural)
        {
            var network = LoadNetwork(eventPath, manifest.EventModel.Sha256);
            labels = [.. network.Labels];
            eventScorer = new NeuralScorer(network, p => p);
        }
        else
        {
            var eventModel = LoadModel(mlContext, eventPath, manifest.EventModel.Sha256);
            labels = ReadLabelSlots(mlContext, eventModel, eventPath);
            eventScorer = new MlNetScorer<EventPrediction>(mlContext, eventModel, p => p.Score);
        }

        if (manifest.ClaimModel.Format == ModelFormats.Neural)
        {
            var network = LoadNetwork(claimPath, manifest.ClaimModel.Sha256);
            claimSlot = IndexOf(network.Labels, ClaimLabel);
            if (network.Labels.Count != 2 || claimSlot < 0)
            {
                throw new ModelLoadException($"{claimPath}: a claim model has the classes 0 and 1, this one has {string.Join(", ", network.Labels)}");
            }

            claimScorer = new NeuralScorer(network, p => [p[claimSlot]]);
        }
        else
        {
            claimScorer = new MlNetScorer<ClaimPrediction>(mlContext, LoadModel(mlContext, claimPath, manifest.ClaimModel.Sha256), p => [p.Probability]);
        }

        if (!labels.Order(StringComparer.Ordinal).SequenceEqual(manifest.Labels.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            throw new ModelLoadException(
                $"{eventPath}: the model's labels ({string.Join(", ", labels)}) differ from the manifest's ({string.Join(", ", manifest.Labels)})");
        }

        var unknown = labels.Where(l => !EventLabels.IsKnown(l)).ToList();
        if (unknown.Count > 0)
        {
            throw new ModelLoadException(
                $"{eventPath}: unknown labels {string.Join(", ", unknown)}; this version knows {string.Join(", ", EventLabels.All)}");
        }

        return new SentenceClassifier(mlContext, manifest, eventScorer, claimScorer, labels, claimSlot);
    }

    /// <summary>Classifies one sentence.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>The label, its scores and the claim flag.</returns>
    public SentencePrediction Classify(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (_linear is not null)
        {
            var (scores, probability) = _linear.Score(sentence);
            return ToPrediction(sentence, scores, probability);
        }

        var input = new SentenceInput { Text = sentence };

        // A prediction engine skips the data-view set-up a batch pays; engines are not thread-safe,
        // so each caller borrows one from the pool and returns it.
        if (_combined is not null)
        {
            var combined = _combinedEngines.TryTake(out var engine) ? engine : _mlContext.Model.CreatePredictionEngine<SentenceInput, CombinedPrediction>(_combined);
            try
            {
                var row = combined.Predict(input);
                return ToPrediction(sentence, row.EventScore, row.Probability);
            }
            finally
            {
                _combinedEngines.Add(combined);
            }
        }

        if (_neuralPair is not null)
        {
            var (events, claim) = _neuralPair.Score(sentence);
            return ToPrediction(sentence, events, claim);
        }

        return ToPrediction(sentence, _event.Score(sentence), _claim.Score(sentence)[0]);
    }

    /// <summary>
    /// Classifies many sentences: through the managed forward pass when the models have one, else
    /// batched through ML.NET's <c>Transform</c> for throughput. Safe to call from many threads at
    /// once: the loaded models are only read.
    /// </summary>
    /// <param name="sentences">The sentences.</param>
    /// <param name="cancellationToken">Stops the work between batches.</param>
    /// <returns>One prediction per sentence, in order.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IReadOnlyList<SentencePrediction> Classify(IEnumerable<string> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var results = new List<SentencePrediction>();
        foreach (var batch in sentences.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();

            // A data view costs more to set up than a few sentences cost to score one by one.
            results.AddRange(batch.Length < SmallBatch ? batch.Select(Classify) : ClassifyBatch(batch));
        }

        return results;
    }

    /// <summary>
    /// Reads, cleans, splits and classifies article files one at a time, yielding each as it is
    /// done, so that many files stream through bounded memory.
    /// </summary>
    /// <param name="paths">The article files.</param>
    /// <param name="cancellationToken">Stops the stream between files.</param>
    /// <returns>Each file with its classified article, in order.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async IAsyncEnumerable<FilePrediction> ClassifyFilesAsync(
        IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            yield return new FilePrediction(path, ClassifyArticle(text, cancellationToken));
        }
    }

    private SentencePrediction ToPrediction(string text, float[] eventScores, float claimProbability)
    {
        var scores = new Dictionary<string, float>(Labels.Count, StringComparer.Ordinal);
        var best = 0;
        for (var slot = 0; slot < Labels.Count; slot++)
        {
            scores[Labels[slot]] = eventScores[slot];
            if (eventScores[slot] > eventScores[best])
            {
                best = slot;
            }
        }

        return new SentencePrediction(
            text,
            Labels[best],
            eventScores[best],
            scores,
            claimProbability >= Manifest.ClaimModel.Threshold,
            claimProbability);
    }

    private List<SentencePrediction> ClassifyBatch(IReadOnlyList<string> sentences)
    {
        // The managed passes have no set-up to spread over a batch.
        if (_neuralPair is not null || _linear is not null)
        {
            return [.. sentences.Select(Classify)];
        }

        if (_combined is not null)
        {
            var inputs = sentences.Select(s => new SentenceInput { Text = s }).ToList();
            var data = _mlContext.Data.LoadFromEnumerable(inputs);
            return [.. _mlContext.Data
                .CreateEnumerable<CombinedPrediction>(_combined.Transform(data), reuseRowObject: false)
                .Select((row, i) => ToPrediction(inputs[i].Text, row.EventScore, row.Probability))];
        }

        var events = _event.Score(sentences);
        var claims = _claim.Score(sentences);
        return [.. sentences.Select((text, i) => ToPrediction(text, events[i], claims[i][0]))];
    }

    /// <summary>Classifies a sentence and says which of its n-grams pushed each decision most.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="terms">How many n-grams to give per model.</param>
    /// <returns>The prediction and its strongest n-grams; the label's list is empty for non-linear event models.</returns>
    public Explanation Explain(string sentence, int terms = 5)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var prediction = Classify(sentence);
        var label = IndexOf(Labels, prediction.Label);
        var labelTerms = _event is NeuralScorer eventNetwork
            ? NeuralExplainer.LabelTerms(eventNetwork.Model, sentence, label, terms)
            : _explainer.Value.LabelTerms(sentence, label, terms);
        var claimTerms = _claim is NeuralScorer claimNetwork
            ? NeuralExplainer.ClaimTerms(claimNetwork.Model, sentence, IndexOf(claimNetwork.Model.Labels, ClaimLabel), prediction.IsClaim, terms)
            : _explainer.Value.ClaimTerms(sentence, prediction.IsClaim, terms);
        return new Explanation(prediction, labelTerms, claimTerms);
    }

    /// <summary>Cleans an article, splits it into sentences and classifies each.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="cancellationToken">Stops the work between batches of sentences.</param>
    /// <returns>The classified sentences with their positions in <paramref name="text"/>.</returns>
    public ArticlePrediction ClassifyArticle(string text, CancellationToken cancellationToken = default)
    {
        var article = ArticleParser.Parse(text);
        var predictions = Classify(article.Sentences.Select(s => s.Text), cancellationToken);
        var sentences = article.Sentences
            .Select((s, i) => new ArticleSentence(i, s.Start, s.Length, predictions[i]))
            .ToList();
        return new ArticlePrediction(sentences, article.Metadata);
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

        return -1;
    }

    private static ModelManifest ReadManifest(string path)
    {
        if (!File.Exists(path))
        {
            throw new ModelLoadException($"{path}: manifest not found");
        }

        ModelManifest manifest;
        try
        {
            manifest = ModelManifest.FromJson(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new ModelLoadException($"{path}: not a valid manifest ({ex.Message})", ex);
        }

        if (manifest.FormatVersion != ModelManifest.CurrentFormatVersion)
        {
            throw new ModelLoadException(
                $"{path}: manifest format {manifest.FormatVersion} is not supported (this version reads {ModelManifest.CurrentFormatVersion}); retrain the models");
        }

        if (manifest.Labels is null || manifest.EventModel?.File is null || manifest.ClaimModel?.File is null)
        {
            throw new ModelLoadException($"{path}: manifest lacks labels or model files");
        }

        foreach (var format in new[] { manifest.EventModel.Format, manifest.ClaimModel.Format })
        {
            if (format is not null && !ModelFormats.All.Contains(format))
            {
                throw new ModelLoadException(
                    $"{path}: a model file has the format '{format}', which this version cannot read (it reads {string.Join(", ", ModelFormats.All)}); update the library");
            }
        }

        foreach (var featurizer in new[] { manifest.EventModel.Featurizer, manifest.ClaimModel.Featurizer })
        {
            if (featurizer is null || !WordSteps.Known.Contains(featurizer.Stemming))
            {
                throw new ModelLoadException(
                    $"{path}: the models were trained with the text preprocessing '{featurizer?.Stemming}', which this version does not have (it knows {string.Join(", ", WordSteps.Known)}); retrain the models or update the library");
            }
        }

        return manifest;
    }

    private static ITransformer LoadModel(MLContext mlContext, string path, string sha256)
    {
        var bytes = ReadVerified(path, sha256);
        try
        {
            return mlContext.Model.Load(new MemoryStream(bytes, writable: false), out _);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            throw new ModelLoadException($"{path}: not a readable ML.NET model ({ex.Message})", ex);
        }
    }

    private static string[] ReadLabelSlots(MLContext mlContext, ITransformer eventModel, string path)
    {
        var schema = eventModel.GetOutputSchema(
            mlContext.Data.LoadFromEnumerable(Array.Empty<SentenceInput>()).Schema);
        var score = schema.GetColumnOrNull(nameof(EventPrediction.Score));
        if (score is null || !score.Value.HasSlotNames())
        {
            throw new ModelLoadException($"{path}: the model does not name its label scores; it is not an event model");
        }

        var names = default(VBuffer<ReadOnlyMemory<char>>);
        score.Value.GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    private static NeuralTextModel LoadNetwork(string path, string sha256)
    {
        var bytes = ReadVerified(path, sha256);
        try
        {
            return NeuralTextModel.Load(new MemoryStream(bytes, writable: false));
        }
        catch (InvalidDataException ex)
        {
            throw new ModelLoadException($"{path}: {ex.Message}", ex);
        }
    }

    // A model that is not the one the manifest describes would be judged by the wrong metrics.
    private static byte[] ReadVerified(string path, string sha256)
    {
        if (!File.Exists(path))
        {
            throw new ModelLoadException($"{path}: model file not found");
        }

        var bytes = File.ReadAllBytes(path);
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(actual, sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelLoadException($"{path}: the file's SHA-256 differs from the manifest's; the model was changed or damaged after training");
        }

        return bytes;
    }
}
