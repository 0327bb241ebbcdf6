using System.Text.Json;

namespace Classifier.Cli.Tests.Commands;

public class EvaluateCommandTests
{
    [Fact]
    public void Evaluate_Json_PrintsExactlyOneObjectWithAllMetrics()
    {
        var console = new TestConsole();
        var data = Path.Combine(RepoPaths.Root, "data", "test.tsv");

        console.Run("evaluate", "--data", data, "--models", RepoPaths.Models, "--format", "json").ShouldBe(ExitCodes.Success);

        using var doc = JsonDocument.Parse(console.Out.ToString());
        var root = doc.RootElement;
        root.GetProperty("examples").GetInt32().ShouldBe(File.ReadAllLines(data).Count(l => l.Length > 0) - 1);
        var label = root.GetProperty("label");
        label.GetProperty("macroF1").GetDouble().ShouldBeInRange(0.3, 1);
        label.GetProperty("perClass").GetProperty("sanction").GetProperty("support").GetInt32().ShouldBeGreaterThan(0);
        label.GetProperty("confusion").GetProperty("counts").GetArrayLength().ShouldBe(EventLabels.All.Count);
        root.GetProperty("claim").GetProperty("auc").GetDouble().ShouldBeInRange(0.5, 1);
    }

    [Fact]
    public void Evaluate_Table_ShowsPerClassAndConfusion()
    {
        var console = new TestConsole();

        console.Run("evaluate", "--data", Path.Combine(RepoPaths.Root, "data", "test.tsv"), "--models", RepoPaths.Models).ShouldBe(ExitCodes.Success);

        console.Table.ShouldContain("macro-F1");
        console.Table.ShouldContain("Confusion");
        console.Table.ShouldContain("military_cooperation");
    }

    [Fact]
    public void Evaluate_Report_WritesHtmlMarkdownAndJson()
    {
        var console = new TestConsole();
        var report = Path.Combine(Directory.CreateTempSubdirectory().FullName, "report");

        console.Run("evaluate", "--data", Path.Combine(RepoPaths.Root, "data", "test.tsv"), "--models", RepoPaths.Models, "--report", report)
            .ShouldBe(ExitCodes.Success);

        console.Error.ToString().ShouldContain("report.html");
        File.ReadAllText(Path.Combine(report, "report.html")).ShouldContain("Confusion matrix");
        File.ReadAllText(Path.Combine(report, "report.md")).ShouldContain("## Calibration");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(report, "evaluation.json")));
        json.RootElement.GetProperty("claim").GetProperty("threshold").GetDouble().ShouldBeInRange(0.05, 0.95);
    }

    [Fact]
    public void Evaluate_MalformedData_FailsNamingFileAndLine()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "bad.tsv");
        File.WriteAllText(path, "text\tlabel\tclaim\nSatu.\tsanctions\t1\n");
        var console = new TestConsole();

        console.Run("evaluate", "--data", path, "--models", RepoPaths.Models).ShouldBe(ExitCodes.BadInput);

        console.Error.ToString().Trim().ShouldBe($"error: {path}:2: unknown label 'sanctions' (allowed: accusation, denial, sanction, military_cooperation, other)");
    }

    [Fact]
    public void Evaluate_CorruptModel_FailsWithModelCode()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(folder, "manifest.json"), "{ not json");
        var console = new TestConsole();

        console.Run("evaluate", "--data", Path.Combine(RepoPaths.Root, "data", "test.tsv"), "--models", folder).ShouldBe(ExitCodes.BadModel);

        console.Error.ToString().ShouldContain("not a valid manifest");
    }
}
