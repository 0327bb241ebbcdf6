using Classifier.Text;

namespace Classifier.Tests.Text;

public class TriggerCuesTests
{
    [Theory]
    [InlineData("menuding", "cueaccusation roottuding")]
    [InlineData("dituding", "cueaccusation roottuding")]
    [InlineData("tudingan", "cueaccusation roottuding")]
    [InlineData("menyangkal", "cuedenial rootsangkal")]
    [InlineData("mengusir", "cuesanction rootusir")]
    [InlineData("memasok", "cuemilitarycooperation rootpasok")]
    public void Tokens_AffixedTrigger_NamesItsActAndRoot(string word, string expected)
    {
        TriggerCues.Tokens(word).ShouldBe(expected);
    }

    [Fact]
    public void Tokens_Sentence_KeepsTheOrderOfItsTriggers()
    {
        TriggerCues.Tokens("Moskow membantah tuduhan bahwa pihaknya memasok rudal.")
            .ShouldBe("cuedenial rootbantah cueaccusation roottuduh cuemilitarycooperation rootpasok cuemilitarycooperation rootrudal");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Kedua menteri bertemu di Jakarta pada 12 Mei.")]
    public void Tokens_NoTrigger_ReturnsEmpty(string? text)
    {
        TriggerCues.Tokens(text).ShouldBeEmpty();
    }
}
