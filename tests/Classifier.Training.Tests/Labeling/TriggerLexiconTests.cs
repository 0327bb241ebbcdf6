using Classifier.Training.Labeling;

namespace Classifier.Training.Tests.Labeling;

public class TriggerLexiconTests
{
    [Theory]
    [InlineData("Kementerian Luar Negeri menuding kelompok peretas itu bekerja untuk dinas intelijen asing.", EventLabels.Accusation)]
    [InlineData("Juru bicara pemerintah menampik laporan tersebut.", EventLabels.Denial)]
    [InlineData("Tuduhan itu tidak berdasar, kata duta besar.", EventLabels.Denial)]
    [InlineData("Uni Eropa membekukan aset tiga pengusaha dan melarang mereka masuk.", EventLabels.Sanction)]
    [InlineData("Kedua angkatan laut memulai latihan gabungan di perairan utara.", EventLabels.MilitaryCooperation)]
    public void Match_SentenceWithACue_SuggestsItsLabel(string sentence, string label)
    {
        var match = TriggerLexicon.Match(sentence).ShouldNotBeNull();

        match.Label.ShouldBe(label);
        match.Confidence.ShouldBeInRange(0.1, 0.9);
    }

    [Theory]
    [InlineData("Harga cabai di pasar induk naik dua kali lipat pekan ini.")]
    [InlineData("Rapat itu memutuskan jadwal pemilihan ketua yang baru.")]
    public void Match_NoCue_ReturnsNull(string sentence)
    {
        TriggerLexicon.Match(sentence).ShouldBeNull();
    }

    [Fact]
    public void Match_PhraseAndRoot_AreMoreCertainThanARootAlone()
    {
        var rootOnly = TriggerLexicon.Match("Menteri itu membantah.").ShouldNotBeNull();
        var phraseToo = TriggerLexicon.Match("Menteri itu membantah dan menyebut tuduhan itu tidak berdasar.").ShouldNotBeNull();

        phraseToo.Confidence.ShouldBeGreaterThan(rootOnly.Confidence);
        phraseToo.Cue.ShouldContain("tidak berdasar");
    }
}
