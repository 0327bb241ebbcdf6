namespace Classifier.Neural;

/// <summary>How a neural text model turns a sentence into feature ids.</summary>
/// <param name="Stemming">
/// The word step, by the names <see cref="FeaturizerSettings.Stemming"/> uses: <c>none</c> or a
/// stemming contract such as <c>IndonesianStem.v1</c>.
/// </param>
/// <param name="WordNgramLength">Longest word n-gram (all shorter lengths are included).</param>
/// <param name="MinCharNgramLength">Shortest character n-gram inside a word.</param>
/// <param name="MaxCharNgramLength">Longest character n-gram inside a word; 0 turns character n-grams off.</param>
/// <param name="Buckets">Number of hash buckets, each with its own embedding row.</param>
/// <param name="Dimensions">Length of each embedding.</param>
public sealed record HashedNgramSettings(
    string Stemming,
    int WordNgramLength,
    int MinCharNgramLength,
    int MaxCharNgramLength,
    int Buckets,
    int Dimensions)
{
    /// <summary>
    /// The defaults: word 1-2-grams of the stems and trigger cues, and character 3-6-grams of the lower-cased words, in
    /// 2^16 buckets of 32 dimensions (8 MB of weights).
    /// </summary>
    public static HashedNgramSettings Default { get; } = new(
        Stemming: Text.IndonesianStemCuesMapping.ContractName,
        WordNgramLength: 2,
        MinCharNgramLength: 3,
        MaxCharNgramLength: 6,
        Buckets: 1 << 16,
        Dimensions: 32);

    /// <summary>The same settings in the manifest's featurizer terms.</summary>
    /// <returns>Settings whose weighting names the embedding average.</returns>
    public FeaturizerSettings ToFeaturizerSettings() => new(
        Stemming,
        WordNgramLength,
        MaxCharNgramLength,
        Weighting: "Embedding",
        LowerCase: true,
        KeepDiacritics: true,
        KeepPunctuation: false,
        Norm: "Mean",
        MinCharNgramLength: MinCharNgramLength);

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        if (WordNgramLength < 1 || MinCharNgramLength < 1 || MaxCharNgramLength < 0 || (MaxCharNgramLength > 0 && MaxCharNgramLength < MinCharNgramLength))
        {
            throw new ArgumentException($"n-gram lengths out of range: words 1-{WordNgramLength}, characters {MinCharNgramLength}-{MaxCharNgramLength}");
        }

        if (Buckets < 1 || Dimensions < 1 || (long)Buckets * Dimensions > int.MaxValue)
        {
            throw new ArgumentException($"embedding size out of range: {Buckets} buckets of {Dimensions} dimensions");
        }
    }
}
