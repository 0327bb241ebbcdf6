using Classifier.Training.Data;

namespace Classifier.Cli.Tests.Commands;

public class LabelCommandTests
{
    private const string Article = """
        Filipina Tuding Kapal China Tabrak Kapal Pasokan

        MANILA, WartaLaut.com - Pemerintah Filipina menuding kapal penjaga pantai China sengaja menabrak kapal pasokan di dekat beting itu.

        Beijing membantah tuduhan tersebut dan menyebut kapal Filipina masuk tanpa izin.

        Harga ikan di pasar Manila naik setelah insiden itu.
        """;

    [Fact]
    public void Label_NewArticle_WritesSuggestionsLeastCertainFirstWithoutKnownSentences()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        var article = Path.Combine(folder, "berita.txt");
        File.WriteAllText(article, Article);
        var known = Path.Combine(folder, "known.tsv");
        File.WriteAllText(known, "text\tlabel\tclaim\nHarga ikan di pasar  Manila naik setelah insiden itu.\tother\t1\n");
        var output = Path.Combine(folder, "candidates.tsv");
        var console = new TestConsole();

        console.Run("label", article, "--out", output, "--known", known, "--models", RepoPaths.Models).ShouldBe(ExitCodes.Success);

        var lines = File.ReadAllLines(output);
        lines[0].ShouldBe("text\tlabel\tclaim\tsource\tsuggested_by\tconfidence");
        var rows = lines.Skip(1).Select(l => l.Split('\t')).ToList();
        rows.Count.ShouldBe(3);
        rows.ShouldNotContain(r => r[0].StartsWith("Harga ikan", StringComparison.Ordinal));
        rows.Select(r => double.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture)).ShouldBeInOrder(SortDirection.Ascending);
        rows.Single(r => r[0].StartsWith("Beijing", StringComparison.Ordinal))[1].ShouldBe(EventLabels.Denial);
        rows.ShouldAllBe(r => r[3] == "berita" && (r[4] == "model" || r[4] == "rules" || r[4] == "model+rules"));
        console.Table.ShouldContain("1 already labeled or repeated");

        // The corrected file goes straight back into training.
        LabeledDataReader.Read(output).Count.ShouldBe(3);
    }

    [Fact]
    public void Label_MissingKnownFile_FailsNamingIt()
    {
        var article = Path.Combine(Directory.CreateTempSubdirectory().FullName, "a.txt");
        File.WriteAllText(article, Article);
        var console = new TestConsole();

        console.Run("label", article, "--out", article + ".tsv", "--known", "/no/such.tsv", "--models", RepoPaths.Models).ShouldBe(ExitCodes.BadInput);

        console.Error.ToString().ShouldContain("/no/such.tsv: file not found");
        File.Exists(article + ".tsv").ShouldBeFalse();
    }
}
