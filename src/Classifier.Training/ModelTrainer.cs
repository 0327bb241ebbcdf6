using System.Diagnostics;
using Classifier.Training.Data;
using Classifier.Training.Evaluation;
using Classifier.Training.Selection;
using Microsoft.ML;
using static Microsoft.ML.DataOperationsCatalog;

namespace Classifier.Training;

/// <summary>
/// Chooses and trains the event and claim models. Every candidate (a trainer with featurizer
/// settings) is measured by the same cross-validation folds, grouped by article so that no article
/// sits on both sides; the best by mean score is refitted on all data. The search runs in two
/// stages per model: all trainers with the default features, then featurizer variants with the
/// best trainer.
/// </summary>
public sealed class ModelTrainer
{
    /// <summary>The task name of the event model in progress reports and the leaderboard.</summary>
    public const string EventTask = "event";

    /// <summary>The task name of the claim model in progress reports and the leaderboard.</summary>
    public const string ClaimTask = "claim";

    private readonly TrainingOptions _options;
    private readonly MLContext _mlContext;
    private readonly PipelineFactory _pipelines;

    /// <summary>Creates a trainer.</summary>
    /// <param name="options">Seed, folds, defaults and whether to search.</param>
    public ModelTrainer(TrainingOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _mlContext = new MLContext(options.Seed);
        _pipelines = new PipelineFactory(_mlContext, options.Seed);
    }

    /// <summary>The featurizer settings the second stage of the search tries besides the default.</summary>
    /// <param name="baseline">The default settings.</param>
    /// <returns>The variants, each differing from the default in one setting.</returns>
    public static IReadOnlyList<FeaturizerSettings> FeaturizerVariants(FeaturizerSettings baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return
        [
            baseline with { Stemming = FeaturizerSettings.NoStemming },
            baseline with { Stemming = Classifier.Text.IndonesianStemNoStopWordsMapping.ContractName },
            baseline with { WordNgramLength = baseline.WordNgramLength + 1 },
            baseline with { CharNgramLength = baseline.CharNgramLength + 1 },
            baseline with { CharNgramLength = baseline.CharNgramLength - 1 },
            baseline with { Weighting = baseline.Weighting == "Tf" ? "TfIdf" : "Tf" },
        ];
    }

    /// <summary>Searches (unless quick), then trains the chosen models on all examples.</summary>
    /// <param name="examples">The labeled sentences.</param>
    /// <param name="progress">Receives each fold and fit as it starts.</param>
    /// <param name="cancellationToken">Stops the search between folds.</param>
    /// <returns>The fitted models, their cross-validated metrics and the leaderboard.</returns>
    /// <exception cref="ArgumentException">The examples have fewer sources than folds.</exception>
    public TrainedModels Train(IReadOnlyList<LabeledExample> examples, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var clock = Stopwatch.StartNew();
        var data = Load(examples);
        var folds = Split(data, examples);

        var eventSearch = Search(EventTask, TrainerNames.Event, _options.EventTrainer, folds, clock, progress, cancellationToken);
        var claimSearch = Search(ClaimTask, TrainerNames.Claim, _options.ClaimTrainer, folds, clock, progress, cancellationToken);

        var eventOutOfFold = eventSearch.Winner.Events;
        var claimOutOfFold = claimSearch.Winner.Claims;
        var threshold = MetricsCalculator.BestThreshold(claimOutOfFold.Select(p => (p.Gold, (double)p.Probability)));

        var eventChoice = eventSearch.Winner.Result;
        var claimChoice = claimSearch.Winner.Result;
        progress?.Report(new TrainingProgress(EventTask, 0, 0, 0, 0, Describe(eventChoice), clock.Elapsed));
        var eventModel = _pipelines.Event(eventChoice.Trainer, eventChoice.Featurizer).Fit(data);
        progress?.Report(new TrainingProgress(ClaimTask, 0, 0, 0, 0, Describe(claimChoice), clock.Elapsed));
        var claimModel = _pipelines.Claim(claimChoice.Trainer, claimChoice.Featurizer).Fit(data);

        var eventMetrics = MetricsCalculator.Multiclass(EventLabels.All, eventOutOfFold.Select(p => (p.Gold, p.Predicted)));
        var claimMetrics = MetricsCalculator.Binary(claimOutOfFold.Select(p => (p.Gold, (double)p.Probability)), threshold);
        var method = $"{_options.Folds}-fold cross-validation, sentences of one source kept in one fold";
        var metrics = new ManifestMetrics(
            Method: method,
            Folds: _options.Folds,
            EventAccuracy: eventMetrics.Accuracy,
            EventMacroF1: eventMetrics.MacroF1,
            ClaimAccuracy: claimMetrics.Accuracy,
            ClaimF1: claimMetrics.F1,
            ClaimAuc: claimMetrics.Auc);
        var leaderboard = Leaderboard.Rank(method, eventSearch.Results.Select(r => r.Result), claimSearch.Results.Select(r => r.Result));
        return new TrainedModels(
            _mlContext, eventModel, claimModel, data.Schema, eventChoice, claimChoice, threshold, metrics, leaderboard, eventOutOfFold, claimOutOfFold);
    }

    /// <summary>Cross-validated predictions of the default candidates, for auditing labels.</summary>
    /// <param name="examples">The labeled sentences.</param>
    /// <param name="progress">Receives each fold as it starts.</param>
    /// <returns>One event and one claim prediction per example, by index, each from models that did not see its article.</returns>
    public (IReadOnlyList<EventOutOfFold> Events, IReadOnlyList<ClaimOutOfFold> Claims) CrossValidateDefaults(
        IReadOnlyList<LabeledExample> examples, IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var folds = Split(Load(examples), examples);
        var clock = Stopwatch.StartNew();
        var eventCandidate = new Candidate(_options.EventTrainer, _options.Featurizer);
        var claimCandidate = new Candidate(_options.ClaimTrainer, _options.Featurizer);
        var events = CrossValidate(EventTask, eventCandidate, folds, (fold, count) =>
            progress?.Report(new TrainingProgress(EventTask, 1, 1, fold, count, Describe(eventCandidate), clock.Elapsed))).Events;
        var claims = CrossValidate(ClaimTask, claimCandidate, folds, (fold, count) =>
            progress?.Report(new TrainingProgress(ClaimTask, 1, 1, fold, count, Describe(claimCandidate), clock.Elapsed))).Claims;
        return (events, claims);
    }

    /// <summary>Loads examples into a data view, with the label already mapped to a key.</summary>
    /// <param name="examples">The labeled sentences.</param>
    /// <returns>Rows with <c>Text</c>, <c>Label</c>, <c>LabelKey</c>, <c>Claim</c>, <c>Index</c> and <c>Source</c>.</returns>
    public IDataView Load(IEnumerable<LabeledExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var rows = examples.Select((e, i) => new LabeledSentence { Text = e.Text, Label = e.Label, Claim = e.Claim, Source = e.Source, Index = i });
        var data = _mlContext.Data.LoadFromEnumerable(rows);

        // Keys follow the guide's label order, so score slots are the same whatever the data's order;
        // mapping outside the saved model keeps the model's input to the text alone.
        var labelOrder = _mlContext.Data.LoadFromEnumerable(EventLabels.All.Select(l => new LabelRow { Label = l }));
        return _mlContext.Transforms.Conversion
            .MapValueToKey(PipelineFactory.LabelKeyColumn, nameof(LabeledSentence.Label), keyData: labelOrder)
            .Fit(data)
            .Transform(data);
    }

    private IReadOnlyList<TrainTestData> Split(IDataView data, IReadOnlyList<LabeledExample> examples)
    {
        var groups = examples.Select(e => e.Source).Distinct(StringComparer.Ordinal).Count();
        if (groups < _options.Folds)
        {
            throw new ArgumentException($"cross-validation needs at least {_options.Folds} sources (articles), found {groups}", nameof(examples));
        }

        // The same folds for every candidate, so differences come from the candidates alone.
        return _mlContext.Data.CrossValidationSplit(data, _options.Folds, nameof(LabeledSentence.Source), _options.Seed);
    }

    private SearchResult Search(
        string task,
        IReadOnlyList<string> trainers,
        string defaultTrainer,
        IReadOnlyList<TrainTestData> folds,
        Stopwatch clock,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken)
    {
        var stageOne = _options.Quick ? [defaultTrainer] : trainers;
        var variants = _options.Quick ? [] : FeaturizerVariants(_options.Featurizer);
        var total = stageOne.Count + variants.Count;
        var results = new List<Measured>();

        void Measure(Candidate candidate)
        {
            var number = results.Count + 1;
            results.Add(CrossValidate(task, candidate, folds, (fold, count) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new TrainingProgress(task, number, total, fold, count, Describe(candidate), clock.Elapsed));
            }));
        }

        foreach (var trainer in stageOne)
        {
            Measure(new Candidate(trainer, _options.Featurizer));
        }

        var bestTrainer = results.MaxBy(r => r.Result.Mean)!.Result.Trainer;
        foreach (var featurizer in variants)
        {
            Measure(new Candidate(bestTrainer, featurizer));
        }

        // MaxBy keeps the first of equal scores: the earlier, simpler candidate.
        return new SearchResult(results.MaxBy(r => r.Result.Mean)!, results);
    }

    private Measured CrossValidate(string task, Candidate candidate, IReadOnlyList<TrainTestData> folds, Action<int, int> onFold)
    {
        var scores = new List<double>();
        var events = new List<EventOutOfFold>();
        var claims = new List<ClaimOutOfFold>();
        var fitTime = TimeSpan.Zero;
        long modelBytes = 0;
        for (var f = 0; f < folds.Count; f++)
        {
            onFold(f + 1, folds.Count);
            var clock = Stopwatch.StartNew();
            var model = Pipeline(task, candidate).Fit(folds[f].TrainSet);
            fitTime += clock.Elapsed;
            var scored = model.Transform(folds[f].TestSet);
            if (task == EventTask)
            {
                var fold = ReadEvent(scored).ToList();
                events.AddRange(fold);
                scores.Add(MetricsCalculator.Multiclass(EventLabels.All, fold.Select(p => (p.Gold, p.Predicted))).MacroF1);
            }
            else
            {
                var fold = ReadClaim(scored).ToList();
                claims.AddRange(fold);
                scores.Add(MetricsCalculator.Binary(fold.Select(p => (p.Gold, (double)p.Probability)), 0.5).F1);
            }

            if (f == 0)
            {
                modelBytes = SavedSize(model, folds[f].TrainSet.Schema);
            }
        }

        var mean = scores.Average();
        var stdDev = Math.Sqrt(scores.Sum(s => (s - mean) * (s - mean)) / Math.Max(1, scores.Count - 1));
        var result = new CandidateResult(
            task,
            candidate.Trainer,
            candidate.Featurizer,
            task == EventTask ? "macro-F1" : "claim F1",
            mean,
            stdDev,
            scores,
            fitTime.TotalSeconds / folds.Count,
            modelBytes);
        return new Measured(result, [.. events.OrderBy(p => p.Index)], [.. claims.OrderBy(p => p.Index)]);
    }

    private IEstimator<ITransformer> Pipeline(string task, Candidate candidate) =>
        task == EventTask ? _pipelines.Event(candidate.Trainer, candidate.Featurizer) : _pipelines.Claim(candidate.Trainer, candidate.Featurizer);

    private IEnumerable<EventOutOfFold> ReadEvent(IDataView scored) =>
        _mlContext.Data.CreateEnumerable<ScoredEventRow>(scored, reuseRowObject: false)
            .Select(r => new EventOutOfFold(r.Index, r.Label, r.PredictedLabel, r.Score));

    private IEnumerable<ClaimOutOfFold> ReadClaim(IDataView scored) =>
        _mlContext.Data.CreateEnumerable<ScoredClaimRow>(scored, reuseRowObject: false)
            .Select(r => new ClaimOutOfFold(r.Index, r.Claim, r.Probability));

    private long SavedSize(ITransformer model, DataViewSchema schema)
    {
        using var stream = new MemoryStream();
        _mlContext.Model.Save(model, schema, stream);
        return stream.Length;
    }

    private static string Describe(Candidate candidate) => $"{candidate.Trainer} ({candidate.Featurizer.Describe()})";

    private static string Describe(CandidateResult result) => $"{result.Trainer} ({result.Featurizer.Describe()})";

    private sealed record Candidate(string Trainer, FeaturizerSettings Featurizer);

    private sealed record Measured(CandidateResult Result, IReadOnlyList<EventOutOfFold> Events, IReadOnlyList<ClaimOutOfFold> Claims);

    private sealed record SearchResult(Measured Winner, IReadOnlyList<Measured> Results);

    private sealed class LabelRow
    {
        public string Label { get; set; } = string.Empty;
    }

    private sealed class ScoredEventRow
    {
        public int Index { get; set; }

        public string Label { get; set; } = string.Empty;

        public string PredictedLabel { get; set; } = string.Empty;

        public float[] Score { get; set; } = [];
    }

    private sealed class ScoredClaimRow
    {
        public int Index { get; set; }

        public bool Claim { get; set; }

        public float Probability { get; set; }
    }
}
