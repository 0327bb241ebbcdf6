namespace Classifier.Training;

/// <summary>Settings of a training run.</summary>
/// <param name="Seed">Seed of the ML context, the folds and the trainers.</param>
/// <param name="Folds">Number of cross-validation folds, grouped by source.</param>
/// <param name="Quick">Skip the model search and train the default candidates only.</param>
/// <param name="Featurizer">The default text featurizer, the starting point of the search.</param>
/// <param name="EventTrainer">The default event trainer (see <see cref="Selection.TrainerNames"/>).</param>
/// <param name="ClaimTrainer">The default claim trainer (see <see cref="Selection.TrainerNames"/>).</param>
public sealed record TrainingOptions(
    int Seed,
    int Folds,
    bool Quick,
    FeaturizerSettings Featurizer,
    string EventTrainer,
    string ClaimTrainer)
{
    /// <summary>
    /// The defaults: seed 42, 5 folds, full search, word 1-2-grams of the stems and trigger cues with
    /// raw-text character 1-4-grams, SDCA maximum entropy for events and SDCA logistic regression for claims.
    /// </summary>
    public static TrainingOptions Default { get; } = new(
        Seed: 42,
        Folds: 5,
        Quick: false,
        Featurizer: new FeaturizerSettings(
            Stemming: Classifier.Text.IndonesianStemCuesMapping.ContractName,
            WordNgramLength: 2,
            CharNgramLength: 4,
            Weighting: "Tf",
            LowerCase: true,
            KeepDiacritics: false,
            KeepPunctuation: false,
            Norm: "L2"),
        EventTrainer: Selection.TrainerNames.SdcaMaximumEntropy,
        ClaimTrainer: Selection.TrainerNames.SdcaLogisticRegression);
}
