using Classifier.Text;

namespace Classifier.Tests.Text;

public class AffixStripperTests
{
    [Theory]
    [InlineData("menuduh", "tuduh")]
    [InlineData("dituding", "tuding")]
    [InlineData("tudingannya", "tuding")]
    [InlineData("menyangkal", "sangkal")]
    [InlineData("menepis", "tepis")]
    [InlineData("mengecam", "kecam")]
    [InlineData("membekukan", "beku")]
    [InlineData("pembekuan", "beku")]
    [InlineData("mengusir", "usir")]
    [InlineData("pengusiran", "usir")]
    [InlineData("dijatuhkan", "jatuh")]
    [InlineData("latihan", "latih")]
    [InlineData("diperketat", "ketat")]
    public void Candidates_AffixedWord_IncludesItsRoot(string word, string root)
    {
        AffixStripper.Candidates(word).ShouldContain(root);
    }

    [Fact]
    public void Candidates_BareRoot_ComesFirst()
    {
        AffixStripper.Candidates("sanksi")[0].ShouldBe("sanksi");
    }

    [Fact]
    public void Candidates_ShortWord_GivesNoTinyFragments()
    {
        AffixStripper.Candidates("dia").ShouldAllBe(c => c.Length >= 3);
    }
}
