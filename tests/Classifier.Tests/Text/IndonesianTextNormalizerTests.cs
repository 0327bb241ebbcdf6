using Classifier.Text;

namespace Classifier.Tests.Text;

public class IndonesianTextNormalizerTests
{
    [Fact]
    public void Normalize_AffixedForms_ShareOneStem()
    {
        var stems = new[] { "membantah", "dibantah", "bantahan" }.Select(w => IndonesianTextNormalizer.Normalize(w, removeStopWords: false));

        stems.Distinct().ShouldHaveSingleItem().ShouldBe("bantah");
    }

    [Fact]
    public void Normalize_Sentence_LowerCasesStemsAndDropsPunctuation()
    {
        IndonesianTextNormalizer.Normalize("Kemlu RI membantah tuduhan itu, 12 kali!", removeStopWords: false)
            .ShouldBe("kemlu ri bantah tuduh itu 12 kali");
    }

    [Fact]
    public void Normalize_RemoveStopWords_DropsFunctionWords()
    {
        IndonesianTextNormalizer.Normalize("Rusia membantah tuduhan yang dilontarkan oleh Ukraina", removeStopWords: true)
            .ShouldBe("rusia bantah tuduh lontar ukraina");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ... ")]
    public void Normalize_NoWords_ReturnsEmpty(string? text)
    {
        IndonesianTextNormalizer.Normalize(text, removeStopWords: true).ShouldBeEmpty();
    }

    [Fact]
    public void Normalize_ManyThreads_GiveTheSequentialResult()
    {
        var sentences = Enumerable.Range(0, 2000).Select(i => $"Pemerintah menjatuhkan sanksi ke-{i} dan membekukan aset perusahaan pelayaran").ToList();
        var sequential = sentences.Select(s => IndonesianTextNormalizer.Normalize(s, false)).ToList();

        var parallel = sentences.AsParallel().AsOrdered().WithDegreeOfParallelism(8).Select(s => IndonesianTextNormalizer.Normalize(s, false)).ToList();

        parallel.ShouldBe(sequential);
    }
}
