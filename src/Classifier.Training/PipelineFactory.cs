using Classifier.Text;
using Classifier.Training.Selection;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms.Text;

namespace Classifier.Training;

/// <summary>Builds the ML.NET estimator chains of the event and claim models from a trainer name and featurizer settings.</summary>
public sealed class PipelineFactory
{
    /// <summary>The column the event label's key goes in; keys follow <see cref="EventLabels.All"/>.</summary>
    public const string LabelKeyColumn = "LabelKey";

    /// <summary>The feature vector both models learn from.</summary>
    public const string FeaturesColumn = "Features";

    // Rare labels weigh more (ModelTrainer.LabelWeights): macro-F1 counts every label alike.
    private const string WeightColumn = nameof(LabeledSentence.Weight);

    private const string WordFeaturesColumn = "WordFeatures";
    private const string CharFeaturesColumn = "CharFeatures";

    // Trees choke on hundreds of thousands of sparse n-grams; they see the most informative few thousand.
    private const int TreeFeatureCount = 1500;

    private readonly MLContext _mlContext;
    private readonly int _seed;

    /// <summary>Creates a factory.</summary>
    /// <param name="mlContext">The context estimators are made in.</param>
    /// <param name="seed">Seed for the trainers that draw random numbers.</param>
    public PipelineFactory(MLContext mlContext, int seed)
    {
        _mlContext = mlContext ?? throw new ArgumentNullException(nameof(mlContext));
        _seed = seed;
    }

    /// <summary>The event model: features, a multiclass trainer, and the winning label's name.</summary>
    /// <param name="trainer">One of <see cref="TrainerNames.Event"/>.</param>
    /// <param name="featurizer">The featurizer settings.</param>
    /// <returns>The estimator chain.</returns>
    public IEstimator<ITransformer> Event(string trainer, FeaturizerSettings featurizer) =>
        Featurize(featurizer)
            .Append(SelectForTrees(trainer, LabelKeyColumn))
            .Append(EventTrainer(trainer))
            // Report the label's name, not its key.
            .Append(_mlContext.Transforms.Conversion.MapKeyToValue(nameof(EventPrediction.PredictedLabel)));

    /// <summary>The claim model: features and a binary trainer with a calibrated probability.</summary>
    /// <param name="trainer">One of <see cref="TrainerNames.Claim"/>.</param>
    /// <param name="featurizer">The featurizer settings.</param>
    /// <returns>The estimator chain.</returns>
    public IEstimator<ITransformer> Claim(string trainer, FeaturizerSettings featurizer) =>
        Featurize(featurizer)
            .Append(SelectForTrees(trainer, nameof(LabeledSentence.Claim)))
            .Append(ClaimTrainer(trainer));

    /// <summary>The text featurizer: word n-grams (of stems, when stemming is on) beside character n-grams of the raw text.</summary>
    /// <param name="settings">The featurizer settings.</param>
    /// <returns>An estimator that adds the <see cref="FeaturesColumn"/> column.</returns>
    public IEstimator<ITransformer> Featurize(FeaturizerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var weighting = Enum.Parse<NgramExtractingEstimator.WeightingCriteria>(settings.Weighting);
        var words = new TextFeaturizingEstimator.Options
        {
            CaseMode = settings.LowerCase ? TextNormalizingEstimator.CaseMode.Lower : TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = settings.KeepDiacritics,
            KeepPunctuations = settings.KeepPunctuation,
            KeepNumbers = true,
            // Word n-grams carry the verbs and cue phrases ("tolak tuduh", "latih gabung").
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = settings.WordNgramLength, UseAllLengths = true, Weighting = weighting },
            CharFeatureExtractor = null,
            Norm = Enum.Parse<TextFeaturizingEstimator.NormFunction>(settings.Norm),
        };
        var chars = new TextFeaturizingEstimator.Options
        {
            CaseMode = words.CaseMode,
            KeepDiacritics = settings.KeepDiacritics,
            KeepPunctuations = settings.KeepPunctuation,
            KeepNumbers = true,
            WordFeatureExtractor = null,
            // Character n-grams of the raw text keep what the stemmer strips or gets wrong.
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = settings.CharNgramLength, UseAllLengths = true, Weighting = weighting },
            Norm = words.Norm,
        };

        // The stemming step is a named custom mapping, saved in the model by its contract name.
        IEstimator<ITransformer>? stem = settings.Stemming switch
        {
            FeaturizerSettings.NoStemming => null,
            IndonesianStemMapping.ContractName => _mlContext.Transforms.CustomMapping<SentenceInput, StemmedSentence>(
                IndonesianStemMapping.Map, IndonesianStemMapping.ContractName),
            IndonesianStemNoStopWordsMapping.ContractName => _mlContext.Transforms.CustomMapping<SentenceInput, StemmedSentence>(
                IndonesianStemNoStopWordsMapping.Map, IndonesianStemNoStopWordsMapping.ContractName),
            IndonesianStemCuesMapping.ContractName => _mlContext.Transforms.CustomMapping<SentenceInput, StemmedSentence>(
                IndonesianStemCuesMapping.Map, IndonesianStemCuesMapping.ContractName),
            _ => throw new ArgumentException($"unknown stemming step '{settings.Stemming}'", nameof(settings)),
        };
        var wordSource = stem is null ? nameof(SentenceInput.Text) : nameof(StemmedSentence.Stems);
        IEstimator<ITransformer> wordFeatures = _mlContext.Transforms.Text.FeaturizeText(WordFeaturesColumn, words, wordSource);

        return (stem is null ? wordFeatures : stem.Append(wordFeatures))
            .Append(_mlContext.Transforms.Text.FeaturizeText(CharFeaturesColumn, chars, nameof(SentenceInput.Text)))
            // One vector for the trainer; each half keeps its own normalization.
            .Append(_mlContext.Transforms.Concatenate(FeaturesColumn, WordFeaturesColumn, CharFeaturesColumn));
    }

    private IEstimator<ITransformer> SelectForTrees(string trainer, string labelColumn) =>
        TrainerNames.IsLinear(trainer)
            ? new EstimatorChain<ITransformer>()
            : _mlContext.Transforms.FeatureSelection.SelectFeaturesBasedOnMutualInformation(
                FeaturesColumn, labelColumnName: labelColumn, slotsInOutput: TreeFeatureCount);

    private IEstimator<ITransformer> EventTrainer(string trainer) => trainer switch
    {
        // Multinomial logistic regression gives calibrated scores per label; one thread keeps it deterministic.
        TrainerNames.SdcaMaximumEntropy => _mlContext.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = LabelKeyColumn,
            FeatureColumnName = FeaturesColumn,
            ExampleWeightColumnName = WeightColumn,
            NumberOfThreads = 1,
        }),
        TrainerNames.LbfgsMaximumEntropy => _mlContext.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = LabelKeyColumn,
            FeatureColumnName = FeaturesColumn,
            ExampleWeightColumnName = WeightColumn,
            // ML.NET's defaults (L1 = L2 = 1) zero out most n-grams; cross-validation preferred light L2
            // alone (event macro-F1 0.735 at 0.1, 0.738 at 0.03, 0.740 at 0.01, 0.742 at 0.003: a tie
            // within the folds' spread from 0.01 down, so the stronger of those regularizations).
            L1Regularization = 0,
            L2Regularization = 0.01f,
            NumberOfThreads = 1,
        }),
        TrainerNames.LightGbm => _mlContext.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
        {
            LabelColumnName = LabelKeyColumn,
            FeatureColumnName = FeaturesColumn,
            ExampleWeightColumnName = WeightColumn,
            NumberOfIterations = 200,
            Seed = _seed,
            NumberOfThreads = 1,
        }),
        TrainerNames.FastTreeOva => _mlContext.MulticlassClassification.Trainers.OneVersusAll(
            _mlContext.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                LabelColumnName = LabelKeyColumn,
                FeatureColumnName = FeaturesColumn,
                ExampleWeightColumnName = WeightColumn,
                NumberOfTrees = 50,
                Seed = _seed,
                NumberOfThreads = 1,
            }),
            labelColumnName: LabelKeyColumn),
        _ => throw new ArgumentException($"unknown event trainer '{trainer}' (known: {string.Join(", ", TrainerNames.Event)})", nameof(trainer)),
    };

    private IEstimator<ITransformer> ClaimTrainer(string trainer) => trainer switch
    {
        // Logistic regression's probability is calibrated, so a threshold on it means something.
        TrainerNames.SdcaLogisticRegression => _mlContext.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(LabeledSentence.Claim),
            FeatureColumnName = FeaturesColumn,
            NumberOfThreads = 1,
        }),
        TrainerNames.LbfgsLogisticRegression => _mlContext.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(LabeledSentence.Claim),
            FeatureColumnName = FeaturesColumn,
            L1Regularization = 0,
            L2Regularization = 0.1f,
            NumberOfThreads = 1,
        }),
        TrainerNames.LightGbm => _mlContext.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = nameof(LabeledSentence.Claim),
            FeatureColumnName = FeaturesColumn,
            NumberOfIterations = 200,
            Seed = _seed,
            NumberOfThreads = 1,
        }),
        TrainerNames.FastTree => _mlContext.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(LabeledSentence.Claim),
            FeatureColumnName = FeaturesColumn,
            NumberOfTrees = 50,
            Seed = _seed,
            NumberOfThreads = 1,
        }),
        _ => throw new ArgumentException($"unknown claim trainer '{trainer}' (known: {string.Join(", ", TrainerNames.Claim)})", nameof(trainer)),
    };
}
