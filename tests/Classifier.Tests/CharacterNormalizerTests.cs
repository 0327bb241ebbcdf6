using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace Classifier.Tests;

public class CharacterNormalizerTests
{
    [Fact]
    public void Indexer_EveryAsciiCharacter_IsWhatMlNetMakesOfIt()
    {
        var mlContext = new MLContext(1);
        var normalizer = new CharacterNormalizer(mlContext);
        var ascii = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

        var expected = MlNet(mlContext, ascii);

        ascii.Select(c => normalizer[c[0]]).ShouldBe(expected);
    }

    [Theory]
    [InlineData('Ü', "u")]
    [InlineData('é', "e")]
    [InlineData('«', "")]
    [InlineData('’', "")]
    [InlineData('ø', "ø")]
    public void Indexer_BeyondAscii_FollowsMlNetsTable(char character, string expected)
    {
        new CharacterNormalizer(new MLContext(1))[character].ShouldBe(expected);
    }

    private static string[] MlNet(MLContext mlContext, string[] texts)
    {
        var data = mlContext.Data.LoadFromEnumerable(texts.Select(t => new SentenceInput { Text = t }));
        var normalizer = mlContext.Transforms.Text.NormalizeText(
            nameof(SentenceInput.Text), nameof(SentenceInput.Text), TextNormalizingEstimator.CaseMode.Lower, keepDiacritics: false, keepPunctuations: false, keepNumbers: true);
        return [.. normalizer.Fit(data).Transform(data).GetColumn<string>(nameof(SentenceInput.Text))];
    }
}
