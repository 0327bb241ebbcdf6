using Microsoft.ML.Transforms;

namespace Classifier.Text;

/// <summary>The output row of the stemming step: the sentence's stems.</summary>
/// <remarks>ML.NET binds rows to mutable classes.</remarks>
public sealed class StemmedSentence
{
    /// <summary>The lower-cased stems, separated by spaces.</summary>
    public string Stems { get; set; } = string.Empty;
}

/// <summary>
/// The stemming step as an ML.NET custom mapping. Saved models name it by contract, so a loader
/// must register this assembly (<see cref="SentenceClassifier.Load"/> does) and a change in
/// behaviour needs a new contract name, which old models then fail to load with a clear message.
/// </summary>
/// <param name="step">The contract name of the step, one of <see cref="WordSteps.Known"/>.</param>
public abstract class IndonesianStemMappingBase(string step) : CustomMappingFactory<SentenceInput, StemmedSentence>
{
    /// <inheritdoc/>
    public override Action<SentenceInput, StemmedSentence> GetMapping() => (input, output) => Stem(input, output, step);

    /// <summary>Writes the words the step makes of the input sentence to the output row.</summary>
    /// <param name="input">The sentence.</param>
    /// <param name="output">Receives the words.</param>
    /// <param name="step">The step's contract name.</param>
    protected static void Stem(SentenceInput input, StemmedSentence output, string step)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        output.Stems = WordSteps.Apply(step, input.Text);
    }
}

/// <summary>The stemming step that keeps stop words.</summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class IndonesianStemMapping() : IndonesianStemMappingBase(ContractName)
{
    /// <summary>The name and version saved models refer to.</summary>
    public const string ContractName = "IndonesianStem.v1";

    /// <summary>Stems the sentence, keeping stop words.</summary>
    /// <param name="input">The sentence.</param>
    /// <param name="output">Receives the stems.</param>
    public static void Map(SentenceInput input, StemmedSentence output) => Stem(input, output, ContractName);
}

/// <summary>The stemming step that also drops Indonesian stop words.</summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class IndonesianStemNoStopWordsMapping() : IndonesianStemMappingBase(ContractName)
{
    /// <summary>The name and version saved models refer to.</summary>
    public const string ContractName = "IndonesianStemNoStopWords.v1";

    /// <summary>Stems the sentence and drops stop words.</summary>
    /// <param name="input">The sentence.</param>
    /// <param name="output">Receives the stems.</param>
    public static void Map(SentenceInput input, StemmedSentence output) => Stem(input, output, ContractName);
}

/// <summary>The stemming step that keeps stop words and appends the sentence's trigger cues (<see cref="TriggerCues"/>).</summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class IndonesianStemCuesMapping() : IndonesianStemMappingBase(ContractName)
{
    /// <summary>The name and version saved models refer to.</summary>
    public const string ContractName = "IndonesianStemCues.v1";

    /// <summary>Stems the sentence and appends its trigger cues.</summary>
    /// <param name="input">The sentence.</param>
    /// <param name="output">Receives the stems and cues.</param>
    public static void Map(SentenceInput input, StemmedSentence output) => Stem(input, output, ContractName);
}

/// <summary>The word steps a model can name in <see cref="FeaturizerSettings.Stemming"/>, and what each makes of a sentence.</summary>
public static class WordSteps
{
    /// <summary>Every step this version can run, by the name and version models record.</summary>
    public static IReadOnlyList<string> Known { get; } =
        [FeaturizerSettings.NoStemming, IndonesianStemMapping.ContractName, IndonesianStemNoStopWordsMapping.ContractName, IndonesianStemCuesMapping.ContractName];

    /// <summary>The words a step makes of a sentence, separated by single spaces.</summary>
    /// <param name="step">One of <see cref="Known"/>.</param>
    /// <param name="text">The sentence.</param>
    /// <returns>Lower-cased words (<c>none</c>), stems, or stems followed by trigger cues.</returns>
    /// <exception cref="ArgumentException">The step is not known.</exception>
    public static string Apply(string step, string? text) => step switch
    {
        FeaturizerSettings.NoStemming => IndonesianTextNormalizer.Lower(text),
        IndonesianStemMapping.ContractName => IndonesianTextNormalizer.Normalize(text, removeStopWords: false),
        IndonesianStemNoStopWordsMapping.ContractName => IndonesianTextNormalizer.Normalize(text, removeStopWords: true),
        IndonesianStemCuesMapping.ContractName => WithCues(text),
        _ => throw new ArgumentException($"unknown word step '{step}' (known: {string.Join(", ", Known)})", nameof(step)),
    };

    private static string WithCues(string? text)
    {
        var output = new System.Text.StringBuilder(IndonesianTextNormalizer.Normalize(text, removeStopWords: false));
        TriggerCues.Append(output, text);
        return output.ToString();
    }
}
