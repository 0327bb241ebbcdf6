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

    /// <summary>The claim model's classes, in the order of a neural claim model's outputs: not a claim, a claim.</summary>
    public static IReadOnlyList<string> ClaimLabels { get; } = ["0", "1"];

    private readonly TrainingOptions _options;
    private readonly MLContext _mlContext;
    private readonly PipelineFactory _pipelines;
    private INeuralTrainer? _neural;

    /// <summary>Creates a trainer.</summary>
    /// <param name="options">Seed, folds, defaults and whether to search.</param>
    /// <param name="neural">A neural trainer to compare with the ML.NET trainers, or <see langword="null"/> for ML.NET alone.</param>
    public ModelTrainer(TrainingOptions options, INeuralTrainer? neural = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _mlContext = new MLContext(options.Seed);
        _pipelines = new PipelineFactory(_mlContext, options.Seed);
        _neural = neural;
    }

    /// <summary>The featurizer settings the second stage of the search tries besides the default.</summary>
    /// <param name="baseline">The default settings.</param>
    /// <returns>The variants, each differing from the default in one setting: every other word step, longer word n-grams, longer and shorter character n-grams, the other weighting.</returns>
    public static IReadOnlyList<FeaturizerSettings> FeaturizerVariants(FeaturizerSettings baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return
        [
            .. Classifier.Text.WordSteps.Known.Where(step => step != baseline.Stemming).Select(step => baseline with { Stemming = step }),
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
        var notes = PrepareNeural();
        RequireTrainer(_options.EventTrainer);
        RequireTrainer(_options.ClaimTrainer);

        var eventSearch = Search(EventTask, TrainerNames.Event, _options.EventTrainer, examples, folds, clock, progress, cancellationToken);
        var claimSearch = Search(ClaimTask, TrainerNames.Claim, _options.ClaimTrainer, examples, folds, clock, progress, cancellationToken);

        var eventOutOfFold = eventSearch.Winner.Events;
        var claimOutOfFold = claimSearch.Winner.Claims;
        var threshold = MetricsCalculator.BestThreshold(claimOutOfFold.Select(p => (p.Gold, (double)p.Probability)));

        var eventChoice = eventSearch.Winner.Result;
        var claimChoice = claimSearch.Winner.Result;
        var eventModel = FitFinal(EventTask, eventChoice, data, examples, clock, progress, cancellationToken);
        var claimModel = FitFinal(ClaimTask, claimChoice, data, examples, clock, progress, cancellationToken);

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
        var leaderboard = Leaderboard.Rank(
            method, eventSearch.Results.Select(r => r.Result), claimSearch.Results.Select(r => r.Result), eventChoice, claimChoice);
        return new TrainedModels(
            _mlContext, eventModel, claimModel, data.Schema, eventChoice, claimChoice, threshold, metrics, leaderboard, eventOutOfFold, claimOutOfFold, notes);
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
        RequireTrainer(_options.EventTrainer);
        RequireTrainer(_options.ClaimTrainer);
        var eventCandidate = CandidateFor(_options.EventTrainer, _options.Featurizer);
        var claimCandidate = CandidateFor(_options.ClaimTrainer, _options.Featurizer);
        var events = CrossValidate(EventTask, eventCandidate, examples, folds, (fold, count, detail) =>
            progress?.Report(new TrainingProgress(EventTask, 1, 1, fold, count, Describe(eventCandidate), clock.Elapsed, detail)), CancellationToken.None).Events;
        var claims = CrossValidate(ClaimTask, claimCandidate, examples, folds, (fold, count, detail) =>
            progress?.Report(new TrainingProgress(ClaimTask, 1, 1, fold, count, Describe(claimCandidate), clock.Elapsed, detail)), CancellationToken.None).Claims;
        return (events, claims);
    }

    /// <summary>Loads examples into a data view, with the label already mapped to a key.</summary>
    /// <param name="examples">The labeled sentences.</param>
    /// <returns>Rows with <c>Text</c>, <c>Label</c>, <c>LabelKey</c>, <c>Claim</c>, <c>Index</c> and <c>Source</c>.</returns>
    public IDataView Load(IEnumerable<LabeledExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var list = examples as IReadOnlyList<LabeledExample> ?? [.. examples];
        var weights = LabelWeights(list);
        var rows = list.Select((e, i) => new LabeledSentence { Text = e.Text, Label = e.Label, Claim = e.Claim, Source = e.Source, Index = i, Weight = weights[e.Label] });
        var data = _mlContext.Data.LoadFromEnumerable(rows);

        // Keys follow the guide's label order, so score slots are the same whatever the data's order;
        // mapping outside the saved model keeps the model's input to the text alone.
        var labelOrder = _mlContext.Data.LoadFromEnumerable(EventLabels.All.Select(l => new LabelRow { Label = l }));
        return _mlContext.Transforms.Conversion
            .MapValueToKey(PipelineFactory.LabelKeyColumn, nameof(LabeledSentence.Label), keyData: labelOrder)
            .Fit(data)
            .Transform(data);
    }

    /// <summary>
    /// Label weights for the event model: the square root of how much rarer than average each label
    /// is (rows over labels times the label's rows). Rare labels count more, as they do in macro-F1;
    /// in cross-validation the square root beat both no weights and full balancing, which
    /// over-predicts the rare labels.
    /// </summary>
    /// <param name="examples">The labeled sentences.</param>
    /// <returns>The weight of each label present.</returns>
    public static IReadOnlyDictionary<string, float> LabelWeights(IReadOnlyCollection<LabeledExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var counts = examples.GroupBy(e => e.Label, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return counts.ToDictionary(p => p.Key, p => (float)Math.Sqrt((double)examples.Count / (counts.Count * p.Value)), StringComparer.Ordinal);
    }

    private Folds Split(IDataView data, IReadOnlyList<LabeledExample> examples)
    {
        var groups = examples.Select(e => e.Source).Distinct(StringComparer.Ordinal).Count();
        if (groups < _options.Folds)
        {
            throw new ArgumentException($"cross-validation needs at least {_options.Folds} sources (articles), found {groups}", nameof(examples));
        }

        // The same folds for every candidate, so differences come from the candidates alone; the
        // neural trainer gets the very same rows, by index.
        var splits = _mlContext.Data.CrossValidationSplit(data, _options.Folds, nameof(LabeledSentence.Source), _options.Seed);
        var held = splits
            .Select(split => _mlContext.Data.CreateEnumerable<IndexRow>(split.TestSet, reuseRowObject: false).Select(r => r.Index).ToHashSet())
            .ToList();
        return new Folds(splits, held);
    }

    // A neural trainer that cannot run here is left out of a search, with a note; asked for by
    // name, it is an error.
    private List<string> PrepareNeural()
    {
        if (_neural is null || _neural.TryPrepare(out var problem))
        {
            return [];
        }

        if (_options.EventTrainer == _neural.Name || _options.ClaimTrainer == _neural.Name)
        {
            throw new InvalidOperationException($"the trainer {_neural.Name} cannot run on this machine: {problem}");
        }

        var note = $"{_neural.Name} was left out of the search: it cannot run on this machine ({problem})";
        _neural = null;
        return [note];
    }

    private void RequireTrainer(string trainer)
    {
        if (trainer == TrainerNames.TorchFastText && _neural?.Name != trainer)
        {
            throw new ArgumentException($"the trainer {trainer} is not available here: it needs the neural trainer (Classifier.Torch)");
        }
    }

    private Candidate CandidateFor(string trainer, FeaturizerSettings featurizer) =>
        _neural is not null && trainer == _neural.Name
            ? new Candidate(trainer, _neural.Featurizer.ToFeaturizerSettings())
            : new Candidate(trainer, featurizer);

    private bool IsNeural(string trainer) => _neural is not null && trainer == _neural.Name;

    private FittedModel FitFinal(
        string task, CandidateResult choice, IDataView data, IReadOnlyList<LabeledExample> examples, Stopwatch clock, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new TrainingProgress(task, 0, 0, 0, 0, Describe(choice), clock.Elapsed));
        if (IsNeural(choice.Trainer))
        {
            return FittedModel.From(_neural!.Train(
                task, examples, null, detail => progress?.Report(new TrainingProgress(task, 0, 0, 0, 0, Describe(choice), clock.Elapsed, detail)), cancellationToken));
        }

        var pipeline = task == EventTask ? _pipelines.Event(choice.Trainer, choice.Featurizer) : _pipelines.Claim(choice.Trainer, choice.Featurizer);
        return FittedModel.From(pipeline.Fit(data));
    }

    private SearchResult Search(
        string task,
        IReadOnlyList<string> trainers,
        string defaultTrainer,
        IReadOnlyList<LabeledExample> examples,
        Folds folds,
        Stopwatch clock,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<string> stageOne = _options.Quick ? [defaultTrainer] : [.. trainers, .. _neural is null ? Array.Empty<string>() : [_neural.Name]];
        var variants = _options.Quick ? [] : FeaturizerVariants(_options.Featurizer);
        var total = stageOne.Count + variants.Count;
        var results = new List<Measured>();

        void Measure(Candidate candidate)
        {
            var number = results.Count + 1;
            results.Add(CrossValidate(task, candidate, examples, folds, (fold, count, detail) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new TrainingProgress(task, number, total, fold, count, Describe(candidate), clock.Elapsed, detail));
            }, cancellationToken));
        }

        foreach (var trainer in stageOne)
        {
            Measure(CandidateFor(trainer, _options.Featurizer));
        }

        // The featurizer variants are ML.NET featurizer settings, tried with the best ML.NET trainer.
        var bestTrainer = results.Where(r => !IsNeural(r.Result.Trainer)).MaxBy(r => r.Result.Mean)?.Result.Trainer;
        if (bestTrainer is null)
        {
            variants = [];
        }

        foreach (var featurizer in variants)
        {
            Measure(new Candidate(bestTrainer!, featurizer));
        }

        return new SearchResult(results[SelectionRule.Choose([.. results.Select(r => r.Result)])], results);
    }

    private Measured CrossValidate(
        string task, Candidate candidate, IReadOnlyList<LabeledExample> examples, Folds folds, Action<int, int, string?> onFold, CancellationToken cancellationToken)
    {
        if (IsNeural(candidate.Trainer))
        {
            return CrossValidateNeural(task, candidate, examples, folds, onFold, cancellationToken);
        }

        var scores = new List<double>();
        var events = new List<EventOutOfFold>();
        var claims = new List<ClaimOutOfFold>();
        var fitTime = TimeSpan.Zero;
        long modelBytes = 0;
        var splits = folds.Splits;
        for (var f = 0; f < splits.Count; f++)
        {
            onFold(f + 1, splits.Count, null);
            var clock = Stopwatch.StartNew();
            var model = Pipeline(task, candidate).Fit(splits[f].TrainSet);
            fitTime += clock.Elapsed;
            var scored = model.Transform(splits[f].TestSet);
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
                modelBytes = SavedSize(model, splits[f].TrainSet.Schema);
            }
        }

        return Summarize(task, candidate, scores, events, claims, fitTime / splits.Count, modelBytes);
    }

    // The same folds as the ML.NET candidates, by row index; scores from the managed forward pass,
    // as the saved model will run.
    private Measured CrossValidateNeural(
        string task, Candidate candidate, IReadOnlyList<LabeledExample> examples, Folds folds, Action<int, int, string?> onFold, CancellationToken cancellationToken)
    {
        var scores = new List<double>();
        var events = new List<EventOutOfFold>();
        var claims = new List<ClaimOutOfFold>();
        var fitTime = TimeSpan.Zero;
        long modelBytes = 0;
        for (var f = 0; f < folds.Held.Count; f++)
        {
            var fold = f + 1;
            onFold(fold, folds.Held.Count, null);
            var train = examples.Where((_, i) => !folds.Held[f].Contains(i)).ToList();
            var test = examples.Select((e, i) => (Example: e, Index: i)).Where(p => folds.Held[f].Contains(p.Index)).ToList();
            var clock = Stopwatch.StartNew();
            var model = _neural!.Train(task, train, [.. test.Select(p => p.Example)], detail => onFold(fold, folds.Held.Count, detail), cancellationToken);
            fitTime += clock.Elapsed;
            if (task == EventTask)
            {
                var predicted = test.Select(p =>
                {
                    var probabilities = model.Predict(p.Example.Text);
                    var best = Array.IndexOf(probabilities, probabilities.Max());
                    return new EventOutOfFold(p.Index, p.Example.Label, model.Labels[best], probabilities);
                }).ToList();
                events.AddRange(predicted);
                scores.Add(MetricsCalculator.Multiclass(EventLabels.All, predicted.Select(p => (p.Gold, p.Predicted))).MacroF1);
            }
            else
            {
                var predicted = test.Select(p => new ClaimOutOfFold(p.Index, p.Example.Claim, model.Predict(p.Example.Text)[1])).ToList();
                claims.AddRange(predicted);
                scores.Add(MetricsCalculator.Binary(predicted.Select(p => (p.Gold, (double)p.Probability)), 0.5).F1);
            }

            if (f == 0)
            {
                using var stream = new MemoryStream();
                model.Save(stream);
                modelBytes = stream.Length;
            }
        }

        return Summarize(task, candidate, scores, events, claims, fitTime / folds.Held.Count, modelBytes);
    }

    private static Measured Summarize(
        string task, Candidate candidate, List<double> scores, List<EventOutOfFold> events, List<ClaimOutOfFold> claims, TimeSpan fitTime, long modelBytes)
    {
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
            fitTime.TotalSeconds,
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

    private sealed record Folds(IReadOnlyList<TrainTestData> Splits, IReadOnlyList<HashSet<int>> Held);

    private sealed class IndexRow
    {
        public int Index { get; set; }
    }

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
