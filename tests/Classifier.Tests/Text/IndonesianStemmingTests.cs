using Classifier.Text;

namespace Classifier.Tests.Text;

public class IndonesianStemmingTests
{
    [Fact]
    public void Apply_Cues_AppendsTriggerCuesToTheStems()
    {
        const string sentence = "Jakarta membantah tuduhan itu.";

        WordSteps.Apply(IndonesianStemCuesMapping.ContractName, sentence)
            .ShouldBe($"{IndonesianTextNormalizer.Normalize(sentence, removeStopWords: false)} {TriggerCues.Tokens(sentence)}");
    }

    [Fact]
    public void Apply_CuesWithoutTrigger_GivesTheStemsAlone()
    {
        const string sentence = "Kedua menteri bertemu di Jakarta.";

        WordSteps.Apply(IndonesianStemCuesMapping.ContractName, sentence).ShouldBe(IndonesianTextNormalizer.Normalize(sentence, removeStopWords: false));
    }

    [Theory]
    [InlineData(FeaturizerSettings.NoStemming, "kemlu membantah tuduhan")]
    [InlineData(IndonesianStemMapping.ContractName, "kemlu bantah tuduh")]
    [InlineData(IndonesianStemNoStopWordsMapping.ContractName, "kemlu bantah tuduh")]
    public void Apply_EachStep_GivesItsWords(string step, string expected)
    {
        WordSteps.Apply(step, "Kemlu membantah tuduhan").ShouldBe(expected);
    }

    [Fact]
    public void Apply_UnknownStep_ThrowsNamingTheKnownOnes()
    {
        Should.Throw<ArgumentException>(() => WordSteps.Apply("IndonesianStem.v9", "teks")).Message.ShouldContain(IndonesianStemCuesMapping.ContractName);
    }

    [Fact]
    public void Map_EveryMapping_WritesWhatItsStepGives()
    {
        var input = new SentenceInput { Text = "Rusia dituding memasok drone." };
        var output = new StemmedSentence();

        IndonesianStemCuesMapping.Map(input, output);

        output.Stems.ShouldBe(WordSteps.Apply(IndonesianStemCuesMapping.ContractName, input.Text));
        output.Stems.ShouldEndWith("cuemilitarycooperation rootpasok");
    }
}
