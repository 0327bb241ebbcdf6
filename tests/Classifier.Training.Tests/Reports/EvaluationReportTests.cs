using Classifier.Training.Evaluation;
using Classifier.Training.Reports;

namespace Classifier.Training.Tests.Reports;

public class EvaluationReportTests
{
    [Fact]
    public void Write_Evaluation_WritesHtmlMarkdownChartsAndJson()
    {
        var result = SampleResult();
        var folder = Path.Combine(Directory.CreateTempSubdirectory().FullName, "report");

        var written = EvaluationReport.Write(folder, result, SampleManifest(), "sample.tsv");

        written[0].ShouldEndWith("report.html");
        Directory.GetFiles(folder).Select(Path.GetFileName).ShouldBe(
            ["report.html", "report.md", "evaluation.json", "confusion.png", "claim-pr.png", "claim-roc.png", "event-reliability.png", "claim-reliability.png"],
            ignoreOrder: true);
        foreach (var png in Directory.GetFiles(folder, "*.png"))
        {
            File.ReadAllBytes(png).Take(4).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
        }

        var markdown = File.ReadAllText(Path.Combine(folder, "report.md"));
        markdown.ShouldContain("![Event label confusion matrix](confusion.png)");
        markdown.ShouldContain("| accusation | 112 |");
        markdown.ShouldContain("The 30 most confident mistakes");
        markdown.ShouldContain("\"formatVersion\"");
        var html = File.ReadAllText(Path.Combine(folder, "report.html"));
        html.Split("data:image/png;base64,").Length.ShouldBe(6);
    }

    [Fact]
    public void Build_Mistakes_ListsTheMostConfidentWrongLabelsFirst()
    {
        var blocks = EvaluationReport.Build(SampleResult(), SampleManifest(), "sample.tsv");

        var mistakes = blocks.OfType<TableBlock>().Single(t => t.Columns.Contains("sentence"));
        mistakes.Rows.Count.ShouldBe(EvaluationReport.MistakeCount);
        mistakes.Rows.Select(r => double.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture)).ShouldBeInOrder(SortDirection.Descending);
        mistakes.Rows.ShouldAllBe(r => r[3] != r[4]);
    }

    private static EvaluationResult SampleResult()
    {
        // Forty sentences: every fourth is mislabeled, with rising confidence.
        var sentences = Enumerable.Range(0, 160).Select(i =>
        {
            var gold = EventLabels.All[i % 5];
            var predicted = i % 4 == 0 ? EventLabels.All[(i + 1) % 5] : gold;
            return new EvaluatedSentence($"Kalimat nomor {i}.", "s", gold, predicted, 0.3f + (i / 400f), i % 3 != 0, (i % 10) / 10f);
        }).ToList();
        var label = MetricsCalculator.Multiclass(EventLabels.All, sentences.Select(s => (s.Gold, s.Predicted)));
        var claim = MetricsCalculator.Binary(sentences.Select(s => (s.GoldClaim, (double)s.ClaimScore)), 0.5);
        return new EvaluationResult(sentences.Count, label, claim, 0.5, sentences);
    }

    private static ModelManifest SampleManifest()
    {
        var featurizer = TrainingOptions.Default.Featurizer;
        return new ModelManifest(
            ModelManifest.CurrentFormatVersion,
            DateTimeOffset.UnixEpoch,
            "5.0.1",
            42,
            EventLabels.All,
            new ModelEntry("event.zip", "SdcaMaximumEntropy", featurizer, "00"),
            new ClaimModelEntry("claim.zip", "SdcaLogisticRegression", featurizer, "00", 0.5),
            new TrainingDataSummary([], "00", 0, new Dictionary<string, int>(), new Dictionary<string, int>()),
            new ManifestMetrics("cv", 5, 0, 0, 0, 0, 0));
    }
}
