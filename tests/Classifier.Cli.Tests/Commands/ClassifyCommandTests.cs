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
        // The sanction's evidence: its trigger cue or an n-gram of "sanksi".
        terms.ShouldContain(t => t == "cuesanction" || t!.Contains("sanksi"));
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

    [Fact]
    public void Classify_BinaryFileAmongGoodOnes_SkipsItAndClassifiesTheRest()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        var binary = Path.Combine(folder, "a.txt");
        File.WriteAllBytes(binary, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
        File.Copy(Seed, Path.Combine(folder, "b.txt"));
        var console = new TestConsole();

        console.Run("classify", folder, "--format", "jsonl", "--models", RepoPaths.Models).ShouldBe(ExitCodes.BadInput);

        console.Error.ToString().ShouldContain($"error: {binary}: binary file, expected UTF-8 text; skipped");
        console.Error.ToString().ShouldContain("1 input refused");
        console.Out.ToString().ShouldContain("b.txt");
    }

    [Fact]
    public void Classify_EmptyFile_ReportsZeroSentences()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "empty.txt");
        File.WriteAllBytes(path, []);
        var console = new TestConsole();

        console.Run("classify", path, "--format", "jsonl", "--models", RepoPaths.Models).ShouldBe(ExitCodes.Success);

        console.Out.ToString().ShouldBeEmpty();
        console.Error.ToString().ShouldContain("1 input, 0 sentences");
    }

    [Fact]
    public void Classify_InvalidUtf8_ReplacesAndWarns()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "latin1.txt");
        File.WriteAllBytes(path, [.. "Rusia membantah tuduhan itu"u8, 0xE9, .. " kemarin."u8]);
        var console = new TestConsole();

        console.Run("classify", path, "--lines", "--format", "jsonl", "--models", RepoPaths.Models).ShouldBe(ExitCodes.Success);

        console.Error.ToString().ShouldContain($"warning: {path}: invalid UTF-8, 1 character replaced with U+FFFD");
        JsonDocument.Parse(console.Out.ToString()).RootElement.GetProperty("text").GetString().ShouldBe("Rusia membantah tuduhan itu\uFFFD kemarin.");
    }

    [Fact]
    public void Classify_FiftyThousandCharacterSentence_IsOneSentence()
    {
        var words = new[] { "rusia", "membantah", "tuduhan", "sanksi", "latihan", "gabungan", "dan", "itu" };
        var sentence = string.Join(' ', Enumerable.Range(0, 9000).Select(i => words[i * 7 % words.Length]))[..49_999].TrimEnd() + ".";
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "long.txt");
        File.WriteAllText(path, sentence);
        var console = new TestConsole();

        console.Run("classify", path, "--format", "jsonl", "--models", RepoPaths.Models).ShouldBe(ExitCodes.Success);

        sentence.Length.ShouldBeGreaterThan(49_990);
        JsonDocument.Parse(console.Out.ToString()).RootElement.GetProperty("text").GetString().ShouldBe(sentence);
    }

    [Fact]
    public void Classify_LinesFileLargerThanAChunk_StreamsEveryLineInOrder()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "many.txt");
        File.WriteAllLines(path, Enumerable.Range(0, 9000).Select(i => i % 1000 == 0 ? string.Empty : $"Kalimat nomor {i} tentang latihan gabungan."));
        var console = new TestConsole();

        console.Run("classify", path, "--lines", "--format", "csv", "--models", RepoPaths.Models).ShouldBe(ExitCodes.Success);

        var rows = console.Out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')).ToList();
        rows.Count.ShouldBe(8991);
        rows.Select(r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(Enumerable.Range(0, 8991));
        rows[^1][2].ShouldBe("Kalimat nomor 8999 tentang latihan gabungan.");
    }

    [Fact]
    public void Classify_Glob_ReadsTheMatchingFiles()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(folder, "2024-a.txt"), "Uni Eropa menjatuhkan sanksi baru.");
        File.WriteAllText(Path.Combine(folder, "2024-b.txt"), "Rusia membantah tuduhan itu.");
        File.WriteAllText(Path.Combine(folder, "2023-c.txt"), "Kedua negara menggelar latihan gabungan.");
        var console = new TestConsole();

        console.Run("classify", Path.Combine(folder, "2024-*.txt"), "--format", "jsonl", "--models", RepoPaths.Models).ShouldBe(ExitCodes.Success);

        var sources = console.Out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString());
        sources.Select(Path.GetFileName).ShouldBe(["2024-a.txt", "2024-b.txt"]);
    }

    [Fact]
    public void Classify_OnlyAndClaimsOnly_FilterTheReportedSentences()
    {
        var console = new TestConsole();
        var input = "Uni Eropa menjatuhkan sanksi baru terhadap tiga bank.\nRusia membantah tuduhan itu.\nKami berharap perang segera berakhir.\n";

        console.RunWithInput(input, "classify", "-", "--lines", "--format", "jsonl", "--only", "sanction,denial", "--claims-only", "--models", RepoPaths.Models)
            .ShouldBe(ExitCodes.Success);

        var rows = console.Out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r.GetProperty("claim").GetBoolean());
        rows.Select(r => r.GetProperty("label").GetString()).ShouldBeSubsetOf([EventLabels.Sanction, EventLabels.Denial]);
        console.Error.ToString().ShouldContain("3 sentences");
    }

    [Fact]
    public void Classify_MinConfidence_ReportsUnsureSentencesAsOtherKeepingScores()
    {
        var console = new TestConsole();

        console.RunWithInput("Rusia membantah tuduhan itu.\n", "classify", "-", "--lines", "--format", "jsonl", "--min-confidence", "1", "--models", RepoPaths.Models)
            .ShouldBe(ExitCodes.Success);

        var row = JsonDocument.Parse(console.Out.ToString()).RootElement;
        row.GetProperty("label").GetString().ShouldBe(EventLabels.Other);
        row.GetProperty("scores").GetProperty("denial").GetDouble().ShouldBeGreaterThan(0.5);
    }

    [Fact]
    public void Classify_Output_WritesTheFileAndNothingToStdout()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory().FullName, "out", "result.csv");
        var console = new TestConsole();

        console.Run("classify", Seed, "--format", "csv", "--output", output, "--models", RepoPaths.Models).ShouldBe(ExitCodes.Success);

        console.Out.ToString().ShouldBeEmpty();
        File.ReadAllLines(output)[0].ShouldStartWith("source,sentence,text,label");
        Directory.GetFiles(Path.GetDirectoryName(output)!).ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("--only", "sanctions")]
    [InlineData("--min-confidence", "2")]
    public void Classify_BadFilterOption_IsUsageError(string option, string value)
    {
        var console = new TestConsole();

        console.Run("classify", Seed, option, value, "--models", RepoPaths.Models).ShouldBe(ExitCodes.Usage);

        console.Error.ToString().ShouldContain(option);
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
