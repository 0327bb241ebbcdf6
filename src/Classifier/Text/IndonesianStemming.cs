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
/// <param name="removeStopWords">Whether the step drops Indonesian stop words.</param>
public abstract class IndonesianStemMappingBase(bool removeStopWords) : CustomMappingFactory<SentenceInput, StemmedSentence>
{
    /// <inheritdoc/>
    public override Action<SentenceInput, StemmedSentence> GetMapping() => (input, output) => Stem(input, output, removeStopWords);

    /// <summary>Writes the stems of the input sentence to the output row.</summary>
    /// <param name="input">The sentence.</param>
    /// <param name="output">Receives the stems.</param>
    /// <param name="removeStopWords">Whether to drop stop words.</param>
    protected static void Stem(SentenceInput input, StemmedSentence output, bool removeStopWords)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        output.Stems = IndonesianTextNormalizer.Normalize(input.Text, removeStopWords);
    }
}

/// <summary>The stemming step that keeps stop words.</summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class IndonesianStemMapping() : IndonesianStemMappingBase(removeStopWords: false)
{
    /// <summary>The name and version saved models refer to.</summary>
    public const string ContractName = "IndonesianStem.v1";

    /// <summary>Stems the sentence, keeping stop words.</summary>
    /// <param name="input">The sentence.</param>
    /// <param name="output">Receives the stems.</param>
    public static void Map(SentenceInput input, StemmedSentence output) => Stem(input, output, removeStopWords: false);
}

/// <summary>The stemming step that also drops Indonesian stop words.</summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class IndonesianStemNoStopWordsMapping() : IndonesianStemMappingBase(removeStopWords: true)
{
    /// <summary>The name and version saved models refer to.</summary>
    public const string ContractName = "IndonesianStemNoStopWords.v1";

    /// <summary>Stems the sentence and drops stop words.</summary>
    /// <param name="input">The sentence.</param>
    /// <param name="output">Receives the stems.</param>
    public static void Map(SentenceInput input, StemmedSentence output) => Stem(input, output, removeStopWords: true);
}
