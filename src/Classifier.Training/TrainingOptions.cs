namespace Classifier.Training;

/// <summary>Settings of a training run.</summary>
/// <param name="Seed">Seed of the ML context, the folds and the trainers.</param>
/// <param name="Folds">Number of cross-validation folds, grouped by source.</param>
/// <param name="Featurizer">Text featurizer settings, shared by both models.</param>
/// <param name="ClaimThreshold">Probability at or above which a sentence counts as a claim.</param>
public sealed record TrainingOptions(int Seed, int Folds, FeaturizerSettings Featurizer, double ClaimThreshold)
{
    /// <summary>The defaults: seed 42, 5 folds, word 1-2-grams and character 1-4-grams, threshold 0.5.</summary>
    public static TrainingOptions Default { get; } = new(
        Seed: 42,
        Folds: 5,
        Featurizer: new FeaturizerSettings(
            WordNgramLength: 2,
            CharNgramLength: 4,
            LowerCase: true,
            KeepDiacritics: false,
            KeepPunctuation: false,
            Norm: "L2"),
        ClaimThreshold: 0.5);
}
