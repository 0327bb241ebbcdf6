using System.Text.Json;

namespace Classifier.Cli.Tests.Commands;

public class ClassifyCommandTests
{
    private static readonly string Seed = Path.Combine(RepoPaths.Root, "seeds", "000_f40cde74fe5a52d2.txt");

    [Fact]
    public void Classify_SeedArticleAsTable_ListsEverySentenceWithSummary()
    {
        var console = new TestConsole();

        var code = console.Run("classify", Seed, "--models", RepoPaths.Models);

        code.ShouldBe(ExitCodes.Success);
        console.Table.ShouldContain("Albania memutuskan hubungan diplomatik");
        console.Table.ShouldContain("sentences,");
        console.Table.ShouldNotContain("Saksikan live streaming");
    }

    [Fact]
    public void Classify_Jsonl_WritesOneObjectPerSentence()
    {
        var console = new TestConsole();

        var code = console.Run("classify", Seed, "--format", "jsonl", "--models", RepoPaths.Models);

        code.ShouldBe(ExitCodes.Success);
        var lines = console.Out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBeGreaterThan(5);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        root.GetProperty("source").GetString().ShouldBe(Seed);
        root.GetProperty("sentence").GetInt32().ShouldBe(0);
        EventLabels.IsKnown(root.GetProperty("label").GetString()!).ShouldBeTrue();
        root.GetProperty("scores").EnumerateObject().Select(p => p.Name).ShouldBe(EventLabels.All, ignoreOrder: true);
        root.GetProperty("claim").ValueKind.ShouldBeOneOf(JsonValueKind.True, JsonValueKind.False);
        root.GetProperty("claimScore").GetDouble().ShouldBeInRange(0, 1);
    }

    [Fact]
    public void Classify_StdinLines_ClassifiesEachLine()
    {
        var console = new TestConsole();

        var code = console.RunWithInput("Rusia membantah tuduhan itu. Tetapi ini baris yang sama.\nUni Eropa menjatuhkan sanksi baru.\n\n", "classify", "-", "--lines", "--format", "csv", "--models", RepoPaths.Models);

        code.ShouldBe(ExitCodes.Success);
        var rows = console.Out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        rows.Length.ShouldBe(3);
        rows[0].ShouldStartWith("source,sentence,text,label,confidence,claim,claimScore");
        rows[2].ShouldContain(",sanction,");
    }

    [Fact]
    public void Classify_Explain_AddsCameoCodeAndTermsToJson()
    {
        var console = new TestConsole();

        var code = console.RunWithInput("Pemerintah Inggris menjatuhkan sanksi dan membekukan aset dua perusahaan.\n", "classify", "-", "--lines", "--format", "jsonl", "--explain", "--models", RepoPaths.Models);

        code.ShouldBe(ExitCodes.Success);
        using var row = System.Text.Json.JsonDocument.Parse(console.Out.ToString());
        row.RootElement.GetProperty("label").GetString().ShouldBe(EventLabels.Sanction);
        row.RootElement.GetProperty("cameo").GetString().ShouldBe("163");
        var terms = row.RootElement.GetProperty("explanation").GetProperty("label").EnumerateArray().Select(t => t.GetProperty("term").GetString()).ToList();
        terms.ShouldContain("sanksi");
    }

    [Fact]
    public void Classify_ExplainTable_HasAWhyColumn()
    {
        var console = new TestConsole();

        console.RunWithInput("Rusia membantah tuduhan itu.\n", "classify", "-", "--lines", "--explain", "--models", RepoPaths.Models).ShouldBe(ExitCodes.Success);

        console.Table.ShouldContain("Why (label · claim)");
        console.Table.ShouldContain("bantah +");
    }

    [Fact]
    public void Classify_Folder_ReadsTxtFilesRecursively()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Iran membantah laporan itu.");
        File.WriteAllText(Path.Combine(folder, "sub", "b.txt"), "Jepang dan Filipina menggelar latihan gabungan.");
        File.WriteAllText(Path.Combine(folder, "skip.md"), "Bukan artikel.");
        var console = new TestConsole();

        console.Run("classify", folder, "--format", "json", "--models", RepoPaths.Models).ShouldBe(ExitCodes.Success);

        using var doc = JsonDocument.Parse(console.Out.ToString());
        doc.RootElement.GetProperty("articles").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public void Classify_MissingPath_FailsWithOneLine()
    {
        var console = new TestConsole();

        console.Run("classify", "/no/such/article.txt", "--models", RepoPaths.Models).ShouldBe(ExitCodes.BadInput);

        console.Error.ToString().Trim().ShouldBe("error: /no/such/article.txt: no such file or folder");
    }

    [Theory]
    [InlineData(new byte[0], "empty file")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, "binary file")]
    public void Classify_UnusableFile_FailsNamingIt(byte[] content, string problem)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "bad.txt");
        File.WriteAllBytes(path, content);
        var console = new TestConsole();

        console.Run("classify", path, "--models", RepoPaths.Models).ShouldBe(ExitCodes.BadInput);

        console.Error.ToString().ShouldContain($"{path}: {problem}");
    }

    [Fact]
    public void Classify_MissingModels_FailsWithModelCode()
    {
        var console = new TestConsole();

        console.Run("classify", Seed, "--models", "/no/such/models").ShouldBe(ExitCodes.BadModel);

        console.Error.ToString().ShouldContain("model folder not found");
        console.Error.ToString().ShouldNotContain("   at ");
    }

    [Fact]
    public void Classify_UnknownFormat_IsUsageError()
    {
        var console = new TestConsole();

        console.Run("classify", Seed, "--format", "xml").ShouldNotBe(ExitCodes.Success);
    }
}
