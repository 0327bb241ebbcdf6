using Classifier.Training.Data;

namespace Classifier.Training.Tests.Data;

public class ArticleCatalogTests
{
    private const string Header = "id\tsplit\tconflict\tevent\tactors\n";

    [Fact]
    public void Parse_ValidRows_ReadsEntries()
    {
        var entries = ArticleCatalog.Parse("c.tsv", Header + "a-1\ttrain\tukraine-war\t2023-grain-deal\tRusia; Ukraina;Turki\n");

        var entry = entries.ShouldHaveSingleItem();
        entry.Id.ShouldBe("a-1");
        entry.Split.ShouldBe(ArticleCatalog.TrainSplit);
        entry.Conflict.ShouldBe("ukraine-war");
        entry.Event.ShouldBe("2023-grain-deal");
        entry.Actors.ShouldBe(["Rusia", "Ukraina", "Turki"]);
        entry.Line.ShouldBe(2);
    }

    [Fact]
    public void ActorPairs_ThreeActors_GivesThreeUnorderedPairs()
    {
        var entry = new CatalogEntry("a", "train", "c", "e", ["Rusia", "China", "Iran"], 2);

        entry.ActorPairs().ShouldBe(["China + Iran", "China + Rusia", "Iran + Rusia"]);
    }

    [Theory]
    [InlineData("id\tsplit\n", "c.tsv:1: header must be")]
    [InlineData(Header + "a-1\ttrain\tx\n", "c.tsv:2: expected 5 tab-separated fields, found 3")]
    [InlineData(Header + "a-1\tdev\tx\ty\tA;B\n", "c.tsv:2: split must be train or test, found 'dev'")]
    [InlineData(Header + "a-1\ttrain\tUkraine War\ty\tA;B\n", "c.tsv:2: conflict must be a lowercase slug")]
    [InlineData(Header + "a-1\ttrain\tx\ty z\tA;B\n", "c.tsv:2: event must be a lowercase slug")]
    [InlineData(Header + "a-1\ttrain\tx\ty\tA;;B\n", "c.tsv:2: actors must be names separated by ';'")]
    [InlineData(Header + "a-1\ttrain\tx\ty\tA;B\n\na-1\ttest\tx\tz\tC;D\n", "c.tsv:4: article a-1 is listed twice")]
    public void Parse_BadRow_ThrowsNamingFileAndLine(string content, string expected)
    {
        Should.Throw<DataFormatException>(() => ArticleCatalog.Parse("c.tsv", content)).Message.ShouldStartWith(expected);
    }

    [Fact]
    public void Read_MissingFile_Throws()
    {
        Should.Throw<DataFormatException>(() => ArticleCatalog.Read("/no/such/catalog.tsv")).Message.ShouldContain("file not found");
    }
}
