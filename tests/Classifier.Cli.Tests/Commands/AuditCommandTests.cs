namespace Classifier.Cli.Tests.Commands;

public class AuditCommandTests
{
    [Fact]
    public void Audit_FlippedLabels_AreListedAndWrittenToTsv()
    {
        // Every third denial row relabeled as sanction: cross-validation should doubt most of them.
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "data", "train.tsv")).Take(1500).ToList();
        var denials = 0;
        var flipped = 0;
        for (var i = 1; i < lines.Count && flipped < 25; i++)
        {
            if (lines[i].Contains("\tdenial\t", StringComparison.Ordinal) && denials++ % 3 == 0)
            {
                lines[i] = lines[i].Replace("\tdenial\t", "\tsanction\t", StringComparison.Ordinal);
                flipped++;
            }
        }

        var folder = Directory.CreateTempSubdirectory().FullName;
        var data = Path.Combine(folder, "flipped.tsv");
        File.WriteAllLines(data, lines);
        var output = Path.Combine(folder, "suspects.tsv");
        var console = new TestConsole();

        console.Run("audit", "--data", data, "--folds", "3", "--min-confidence", "0.3", "--out", output).ShouldBe(ExitCodes.Success);

        console.Table.ShouldContain("suspect labels");
        var suspects = File.ReadAllLines(output).Skip(1).Select(l => l.Split('\t')).ToList();
        suspects.Count(s => s[4] == "label" && s[1] == "sanction" && s[5] == "denial").ShouldBeGreaterThanOrEqualTo(flipped / 2);
        suspects.Select(s => double.Parse(s[6], System.Globalization.CultureInfo.InvariantCulture)).ShouldBeInOrder(SortDirection.Descending);
    }

    [Theory]
    [InlineData("--min-confidence", "1.5")]
    [InlineData("--top", "-1")]
    [InlineData("--folds", "1")]
    public void Audit_BadOption_IsUsageError(string option, string value)
    {
        var console = new TestConsole();

        console.Run("audit", "--data", "x.tsv", option, value).ShouldBe(ExitCodes.Usage);
    }
}
