using System.Net;
using System.Text;

namespace Classifier.Training.Reports;

/// <summary>Renders report blocks as Markdown (images beside the file) or self-contained HTML (images embedded).</summary>
public static class ReportRenderer
{
    /// <summary>Renders Markdown; charts are linked by file name and must be saved beside it.</summary>
    /// <param name="blocks">The report.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(IEnumerable<ReportBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    text.Append('#', h.Level).Append(' ').AppendLine(h.Text).AppendLine();
                    break;
                case Paragraph p:
                    text.AppendLine(p.Text).AppendLine();
                    break;
                case TableBlock t:
                    text.AppendLine("| " + string.Join(" | ", t.Columns.Select(EscapeCell)) + " |");
                    text.AppendLine("|" + string.Concat(t.Columns.Select((_, i) => t.RightAligned.Contains(i) ? "---:|" : "---|")));
                    foreach (var row in t.Rows)
                    {
                        text.AppendLine("| " + string.Join(" | ", row.Select(EscapeCell)) + " |");
                    }

                    text.AppendLine();
                    break;
                case Chart c:
                    text.AppendLine($"![{c.Caption}]({c.FileName})").AppendLine();
                    break;
                case CodeBlock code:
                    text.AppendLine("```json").AppendLine(code.Text.TrimEnd()).AppendLine("```").AppendLine();
                    break;
                default:
                    throw new NotSupportedException($"no Markdown for {block.GetType().Name}");
            }
        }

        return text.ToString();
    }

    /// <summary>Renders one self-contained HTML page with the charts embedded as data URIs.</summary>
    /// <param name="title">The page title.</param>
    /// <param name="blocks">The report.</param>
    /// <returns>The HTML text.</returns>
    public static string ToHtml(string title, IEnumerable<ReportBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine($"<title>{Encode(title)}</title>");
        html.AppendLine("<style>");
        html.AppendLine("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1000px;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}");
        html.AppendLine("h1{border-bottom:2px solid #ddd;padding-bottom:.3rem}h2{margin-top:2rem;border-bottom:1px solid #eee}");
        html.AppendLine("table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.92rem}th,td{border:1px solid #ddd;padding:.3rem .6rem;vertical-align:top}");
        html.AppendLine("th{background:#f5f5f5;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}tr:nth-child(even) td{background:#fafafa}");
        html.AppendLine("figure{margin:1rem 0}figure img{max-width:100%;border:1px solid #eee}figcaption{color:#555;font-size:.9rem}");
        html.AppendLine("pre{background:#f6f8fa;padding:.8rem;overflow:auto;font-size:.85rem}");
        html.AppendLine("</style></head><body>");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    html.AppendLine($"<h{h.Level}>{Encode(h.Text)}</h{h.Level}>");
                    break;
                case Paragraph p:
                    html.AppendLine($"<p>{Encode(p.Text)}</p>");
                    break;
                case TableBlock t:
                    html.Append("<table><thead><tr>");
                    foreach (var column in t.Columns)
                    {
                        html.Append($"<th>{Encode(column)}</th>");
                    }

                    html.AppendLine("</tr></thead><tbody>");
                    foreach (var row in t.Rows)
                    {
                        html.Append("<tr>");
                        for (var i = 0; i < row.Count; i++)
                        {
                            html.Append(t.RightAligned.Contains(i) ? "<td class=\"num\">" : "<td>").Append(Encode(row[i])).Append("</td>");
                        }

                        html.AppendLine("</tr>");
                    }

                    html.AppendLine("</tbody></table>");
                    break;
                case Chart c:
                    html.AppendLine($"<figure><img alt=\"{Encode(c.Caption)}\" src=\"data:image/png;base64,{Convert.ToBase64String(c.Png)}\"><figcaption>{Encode(c.Caption)}</figcaption></figure>");
                    break;
                case CodeBlock code:
                    html.AppendLine($"<pre>{Encode(code.Text)}</pre>");
                    break;
                default:
                    throw new NotSupportedException($"no HTML for {block.GetType().Name}");
            }
        }

        html.AppendLine("</body></html>");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    // A pipe would end the cell; a line break would end the row.
    private static string EscapeCell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
