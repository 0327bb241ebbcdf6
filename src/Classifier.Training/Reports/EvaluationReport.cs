using System.Globalization;
using Classifier.Training.Evaluation;

namespace Classifier.Training.Reports;

/// <summary>
/// The evaluation report: overall and per-class metrics, the confusion heat map, the claim model's
/// precision-recall and ROC curves, reliability diagrams of both models, the most confident
/// mistakes and the model card, as <c>report.md</c> (charts beside it) and a self-contained
/// <c>report.html</c>, with <c>evaluation.json</c>.
/// </summary>
public static class EvaluationReport
{
    /// <summary>File name of the Markdown report.</summary>
    public const string MarkdownFile = "report.md";

    /// <summary>File name of the HTML report.</summary>
    public const string HtmlFile = "report.html";

    /// <summary>File name of the metrics as JSON.</summary>
    public const string JsonFile = "evaluation.json";

    /// <summary>How many mistakes the report lists.</summary>
    public const int MistakeCount = 30;

    /// <summary>Builds the report's blocks.</summary>
    /// <param name="result">The evaluation.</param>
    /// <param name="manifest">The evaluated models' manifest.</param>
    /// <param name="dataDescription">What was evaluated, such as the data files.</param>
    /// <returns>The blocks, in order.</returns>
    public static IReadOnlyList<ReportBlock> Build(EvaluationResult result, ModelManifest manifest, string dataDescription)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(manifest);
        var blocks = new List<ReportBlock>
        {
            new Heading("Classifier evaluation report", 1),
            new Paragraph($"Data: {dataDescription} ({result.Examples} sentences). Models: event {manifest.EventModel.Trainer}, claim {manifest.ClaimModel.Trainer}, trained {manifest.CreatedUtc:yyyy-MM-dd HH:mm} UTC."),
            new Heading("Summary"),
            Table(
                ["model", "metric", "value"],
                [
                    ["event", "accuracy", F(result.Label.Accuracy)],
                    ["event", "macro-F1", F(result.Label.MacroF1)],
                    ["event", "expected calibration error", F(result.EventCalibration.ExpectedCalibrationError)],
                    ["claim", $"F1 at threshold {F(result.ClaimThreshold)}", F(result.Claim.F1)],
                    ["claim", "precision", F(result.Claim.Precision)],
                    ["claim", "recall", F(result.Claim.Recall)],
                    ["claim", "accuracy", F(result.Claim.Accuracy)],
                    ["claim", "ROC AUC", F(result.Claim.Auc)],
                    ["claim", "expected calibration error", F(result.ClaimCalibration.ExpectedCalibrationError)],
                ],
                2),
            new Heading("Event label per class"),
            Table(
                ["label", "CAMEO", "precision", "recall", "F1", "support"],
                [.. result.Label.PerClass.Select(p => (IReadOnlyList<string>)
                    [p.Key, EventLabels.CameoCode(p.Key) ?? "–", F(p.Value.Precision), F(p.Value.Recall), F(p.Value.F1), p.Value.Support.ToString(CultureInfo.InvariantCulture)])],
                2, 3, 4, 5),
            new Heading("Confusion matrix"),
            new Paragraph("Rows are gold labels, columns predicted labels; colour shows the share of each gold row."),
            new Chart("confusion.png", "Event label confusion matrix", ReportCharts.ConfusionHeatmap(result.Label.Confusion)),
            Table(
                ["gold \\ predicted", .. result.Label.Confusion.Labels],
                [.. result.Label.Confusion.Labels.Select((l, g) => (IReadOnlyList<string>)
                    [l, .. result.Label.Confusion.Counts[g].Select(c => c.ToString(CultureInfo.InvariantCulture))])],
                [.. Enumerable.Range(1, result.Label.Confusion.Labels.Count)]),
            new Heading("Claim model: precision-recall and ROC"),
            new Paragraph($"The red marker is the model's threshold, {F(result.ClaimThreshold)}, tuned on cross-validated scores during training. ROC AUC {F(result.Claim.Auc)}."),
            new Chart("claim-pr.png", "Claim precision-recall curve", ReportCharts.Curve(result.ClaimPrecisionRecall, result.ClaimThreshold, "Claim model: precision-recall", "recall", "precision", diagonal: false)),
            new Chart("claim-roc.png", "Claim ROC curve", ReportCharts.Curve(result.ClaimRoc, result.ClaimThreshold, $"Claim model: ROC (AUC {F(result.Claim.Auc)})", "false-positive rate", "true-positive rate", diagonal: true)),
            new Heading("Calibration"),
            new Paragraph("A calibrated model's predictions made with confidence c come true a share c of the time: the bars follow the diagonal. The expected calibration error (ECE) is the count-weighted mean gap."),
            new Chart("event-reliability.png", "Event label reliability diagram", ReportCharts.Reliability(result.EventCalibration, "Event label", "confidence of the predicted label", "share correct")),
            CalibrationTable(result.EventCalibration),
            new Chart("claim-reliability.png", "Claim reliability diagram", ReportCharts.Reliability(result.ClaimCalibration, "Claim probability", "predicted claim probability", "share that are claims")),
            CalibrationTable(result.ClaimCalibration),
            new Heading($"The {MistakeCount} most confident mistakes"),
            new Paragraph("Wrong event labels the model was surest of: label errors in the data, or patterns the model learned wrongly."),
            Table(
                ["#", "sentence", "source", "gold", "predicted", "confidence"],
                [.. result.ConfidentMistakes(MistakeCount).Select((m, i) => (IReadOnlyList<string>)
                    [(i + 1).ToString(CultureInfo.InvariantCulture), m.Text, m.Source, m.Gold, m.Predicted, F(m.Confidence)])],
                0, 5),
            new Heading("Model card"),
            new Paragraph("The manifest saved beside the models: labels, trainers, featurizer settings, seed, training data hash and counts, cross-validated metrics."),
            new CodeBlock(manifest.ToJson()),
        };
        return blocks;
    }

    /// <summary>Writes <c>report.md</c>, its charts, <c>report.html</c> and <c>evaluation.json</c>, each atomically.</summary>
    /// <param name="directory">The report folder; created when missing.</param>
    /// <param name="result">The evaluation.</param>
    /// <param name="manifest">The evaluated models' manifest.</param>
    /// <param name="dataDescription">What was evaluated.</param>
    /// <returns>The paths written, the HTML first.</returns>
    public static IReadOnlyList<string> Write(string directory, EvaluationResult result, ModelManifest manifest, string dataDescription)
    {
        var blocks = Build(result, manifest, dataDescription);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var chart in blocks.OfType<Chart>())
        {
            var path = Path.Combine(directory, chart.FileName);
            AtomicFile.Write(path, s => s.Write(chart.Png));
            written.Add(path);
        }

        var json = Path.Combine(directory, JsonFile);
        AtomicFile.WriteAllText(json, EvaluationJson.Serialize(result));
        var markdown = Path.Combine(directory, MarkdownFile);
        AtomicFile.WriteAllText(markdown, ReportRenderer.ToMarkdown(blocks));
        var html = Path.Combine(directory, HtmlFile);
        AtomicFile.WriteAllText(html, ReportRenderer.ToHtml("Classifier evaluation report", blocks));
        return [html, markdown, json, .. written];
    }

    private static TableBlock CalibrationTable(Calibration calibration) => Table(
        ["confidence bin", "predictions", "mean confidence", "observed"],
        [.. calibration.Bins.Where(b => b.Count > 0).Select(b => (IReadOnlyList<string>)
            [$"{b.Lower:0.0}–{b.Upper:0.0}", b.Count.ToString(CultureInfo.InvariantCulture), F(b.MeanConfidence), F(b.Observed)])],
        1, 2, 3);

    private static TableBlock Table(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows, params int[] rightAligned) =>
        new(columns, rows, rightAligned.ToHashSet());

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
