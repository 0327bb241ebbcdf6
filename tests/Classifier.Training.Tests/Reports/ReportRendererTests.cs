using Classifier.Training.Reports;

namespace Classifier.Training.Tests.Reports;

public class ReportRendererTests
{
    private static readonly ReportBlock[] Blocks =
    [
        new Heading("Report", 1),
        new Paragraph("Sanksi & <embargo>"),
        new TableBlock(["label", "F1"], [["a|b", "0.900"]], new HashSet<int> { 1 }),
        new Chart("c.png", "A chart", [0x89, 0x50, 0x4E, 0x47]),
        new CodeBlock("{\"a\": 1}"),
    ];

    [Fact]
    public void ToMarkdown_Blocks_RendersTablesAndLinksCharts()
    {
        var markdown = ReportRenderer.ToMarkdown(Blocks);

        markdown.ShouldContain("# Report");
        markdown.ShouldContain("| label | F1 |\n|---|---:|\n| a\\|b | 0.900 |");
        markdown.ShouldContain("![A chart](c.png)");
        markdown.ShouldContain("```json\n{\"a\": 1}\n```");
    }

    [Fact]
    public void ToHtml_Blocks_EmbedsChartsAndEscapesText()
    {
        var html = ReportRenderer.ToHtml("T", Blocks);

        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<p>Sanksi &amp; &lt;embargo&gt;</p>");
        html.ShouldContain("<td class=\"num\">0.900</td>");
        html.ShouldContain("src=\"data:image/png;base64,iVBORw==\"");
        html.ShouldNotContain("c.png");
    }
}
