using Classifier.Training.Data;
using Classifier.Training.Evaluation;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace Classifier.Training;

/// <summary>
/// Trains the event model (text features, then SDCA maximum entropy) and the claim model
/// (the same features, then calibrated SDCA logistic regression), measuring both with
/// cross-validation grouped by article before fitting them on all the data.
/// </summary>
public sealed class ModelTrainer
{
    /// <summary>Name of the event trainer, as recorded in the manifest.</summary>
    public const string EventTrainerName = "SdcaMaximumEntropy";

    /// <summary>Name of the claim trainer, as recorded in the manifest.</summary>
    public const string ClaimTrainerName = "SdcaLogisticRegression";

    private const string FeaturesColumn = "Features";
    private const string LabelKeyColumn = "LabelKey";

    private readonly TrainingOptions _options;
    private readonly MLContext _mlContext;

    /// <summary>Creates a trainer.</summary>
    /// <param name="options">Seed, folds and featurizer settings.</param>
    public ModelTrainer(TrainingOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _mlContext = new MLContext(options.Seed);
    }

    /// <summary>Cross-validates and then trains both models on all examples.</summary>
    /// <param name="examples">The labeled sentences.</param>
    /// <param name="progress">Receives each step as it starts.</param>
    /// <returns>The fitted models and their cross-validated metrics.</returns>
    public TrainedModels Train(IReadOnlyList<LabeledExample> examples, IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var groups = examples.Select(e => e.Source).Distinct(StringComparer.Ordinal).Count();
        if (groups < _options.Folds)
        {
            throw new ArgumentException($"cross-validation needs at least {_options.Folds} sources (articles), found {groups}", nameof(examples));
        }

        const int steps = 4;
        var data = Load(examples);

        progress?.Report(new TrainingProgress(1, steps, $"Cross-validating the event model ({_options.Folds} folds)"));
        var eventMetrics = CrossValidateEvent(data);

        progress?.Report(new TrainingProgress(2, steps, $"Cross-validating the claim model ({_options.Folds} folds)"));
        var claimMetrics = CrossValidateClaim(data);

        progress?.Report(new TrainingProgress(3, steps, "Training the event model on all data"));
        var eventModel = BuildEventPipeline().Fit(data);

        progress?.Report(new TrainingProgress(4, steps, "Training the claim model on all data"));
        var claimModel = BuildClaimPipeline().Fit(data);

        var metrics = new ManifestMetrics(
            Method: $"{_options.Folds}-fold cross-validation, sentences of one source kept in one fold",
            Folds: _options.Folds,
            EventAccuracy: eventMetrics.Accuracy,
            EventMacroF1: eventMetrics.MacroF1,
            ClaimAccuracy: claimMetrics.Accuracy,
            ClaimF1: claimMetrics.F1,
            ClaimAuc: claimMetrics.Auc);
        return new TrainedModels(_mlContext, eventModel, claimModel, data.Schema, metrics);
    }

    /// <summary>Loads examples into a data view, with the label already mapped to a key.</summary>
    /// <param name="examples">The labeled sentences.</param>
    /// <returns>Rows with <c>Text</c>, <c>Label</c>, <c>LabelKey</c>, <c>Claim</c> and <c>Source</c>.</returns>
    public IDataView Load(IEnumerable<LabeledExample> examples)
    {
        var rows = examples.Select(e => new LabeledSentence { Text = e.Text, Label = e.Label, Claim = e.Claim, Source = e.Source });
        var data = _mlContext.Data.LoadFromEnumerable(rows);

        // Keys follow the guide's label order, so score slots are the same whatever the data's order;
        // mapping outside the saved model keeps the model's input to the text alone.
        var labelOrder = _mlContext.Data.LoadFromEnumerable(EventLabels.All.Select(l => new LabelRow { Label = l }));
        return _mlContext.Transforms.Conversion
            .MapValueToKey(LabelKeyColumn, nameof(LabeledSentence.Label), keyData: labelOrder)
            .Fit(data)
            .Transform(data);
    }

    /// <summary>The event model: featurize the text, learn a maximum-entropy classifier, name the winner.</summary>
    /// <returns>The estimator chain.</returns>
    public IEstimator<ITransformer> BuildEventPipeline() =>
        BuildFeaturizer()
            // Multinomial logistic regression gives calibrated scores per label.
            .Append(_mlContext.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelKeyColumn,
                FeatureColumnName = FeaturesColumn,
                // One thread keeps SDCA's result the same from run to run.
                NumberOfThreads = 1,
            }))
            // Report the label's name, not its key.
            .Append(_mlContext.Transforms.Conversion.MapKeyToValue(nameof(EventPrediction.PredictedLabel)));

    /// <summary>The claim model: the same features, then a calibrated binary classifier.</summary>
    /// <returns>The estimator chain.</returns>
    public IEstimator<ITransformer> BuildClaimPipeline() =>
        BuildFeaturizer()
            // Logistic regression's probability is calibrated, so a threshold on it means something.
            .Append(_mlContext.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(LabeledSentence.Claim),
                FeatureColumnName = FeaturesColumn,
                NumberOfThreads = 1,
            }));

    private IEstimator<ITransformer> BuildFeaturizer()
    {
        var settings = _options.Featurizer;
        var options = new TextFeaturizingEstimator.Options
        {
            CaseMode = settings.LowerCase ? TextNormalizingEstimator.CaseMode.Lower : TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = settings.KeepDiacritics,
            KeepPunctuations = settings.KeepPunctuation,
            KeepNumbers = true,
            // Word n-grams carry the verbs and cue phrases ("menolak tuduhan", "latihan gabungan").
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = settings.WordNgramLength, UseAllLengths = true },
            // Character n-grams catch Indonesian affixes (me-, di-, -kan) without a stemmer.
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = settings.CharNgramLength, UseAllLengths = true },
            Norm = Enum.Parse<TextFeaturizingEstimator.NormFunction>(settings.Norm),
        };
        return _mlContext.Transforms.Text.FeaturizeText(FeaturesColumn, options, nameof(SentenceInput.Text));
    }

    private MulticlassMetrics CrossValidateEvent(IDataView data)
    {
        var folds = _mlContext.MulticlassClassification.CrossValidate(
            data, BuildEventPipeline(), _options.Folds, LabelKeyColumn, nameof(LabeledSentence.Source), _options.Seed);
        var pairs = folds.SelectMany(f => _mlContext.Data
            .CreateEnumerable<ScoredEventRow>(f.ScoredHoldOutSet, reuseRowObject: false)
            .Select(r => (r.Label, r.PredictedLabel)));
        return MetricsCalculator.Multiclass(EventLabels.All, pairs);
    }

    private BinaryMetrics CrossValidateClaim(IDataView data)
    {
        var folds = _mlContext.BinaryClassification.CrossValidate(
            data, BuildClaimPipeline(), _options.Folds, nameof(LabeledSentence.Claim), nameof(LabeledSentence.Source), _options.Seed);
        var scored = folds.SelectMany(f => _mlContext.Data
            .CreateEnumerable<ScoredClaimRow>(f.ScoredHoldOutSet, reuseRowObject: false)
            .Select(r => (r.Claim, (double)r.Probability)));
        return MetricsCalculator.Binary(scored, _options.ClaimThreshold);
    }

    private sealed class LabelRow
    {
        public string Label { get; set; } = string.Empty;
    }

    private sealed class ScoredEventRow
    {
        public string Label { get; set; } = string.Empty;

        public string PredictedLabel { get; set; } = string.Empty;
    }

    private sealed class ScoredClaimRow
    {
        public bool Claim { get; set; }

        public float Probability { get; set; }
    }
}
