using Classifier.Training.Data;

namespace Classifier.Training.Tests.Data;

public class NearDuplicateFinderTests
{
    [Fact]
    public void WordTrigrams_Sentence_IgnoresCaseAndPunctuation()
    {
        NearDuplicateFinder.WordTrigrams("Rusia membantah, Rusia membantah tuduhan!")
            .ShouldBe(["rusia membantah rusia", "membantah rusia membantah", "rusia membantah tuduhan"], ignoreOrder: true);
    }

    [Fact]
    public void Find_NamesSwappedIntoOneFrame_ReportsThePair()
    {
        string[] texts =
        [
            "Pemerintah Jepang menuduh peretas yang didukung negara berada di balik serangan terhadap jaringan listrik nasional.",
            "Kapal perang kedua negara berlayar bersama di perairan timur selama lima hari.",
            "Pemerintah Kanada menuduh peretas yang didukung negara berada di balik serangan terhadap jaringan listrik nasional.",
        ];

        var pair = NearDuplicateFinder.Find(texts).ShouldHaveSingleItem();

        (pair.First, pair.Second).ShouldBe((0, 2));
        // One swapped word in 15 breaks 2 of the 13 trigrams.
        pair.Shared.ShouldBe(11.0 / 13, tolerance: 1e-9);
    }

    [Fact]
    public void Find_SameTopicInOtherWords_ReportsNothing()
    {
        string[] texts =
        [
            "Kementerian Luar Negeri Rusia membantah tuduhan bahwa pasukannya menembaki konvoi bantuan itu.",
            "Moskow menyebut laporan soal penembakan konvoi bantuan sebagai propaganda tanpa bukti.",
        ];

        NearDuplicateFinder.Find(texts).ShouldBeEmpty();
    }

    [Fact]
    public void Find_ShortRepeatedLines_AreSkipped()
    {
        NearDuplicateFinder.Find(["Baca juga berita ini", "Baca juga berita ini"], minTrigrams: 3).ShouldBeEmpty();
        NearDuplicateFinder.Find(["Baca juga berita ini", "Baca juga berita ini"], minTrigrams: 2).ShouldHaveSingleItem();
    }
}
