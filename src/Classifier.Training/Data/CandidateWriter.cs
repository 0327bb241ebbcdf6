using System.Text;
using Classifier.Text;

namespace Classifier.Training.Data;

/// <summary>
/// Turns articles into rows to label: every sentence of each article, in the interchange format
/// with empty <c>label</c> and <c>claim</c> columns for a person to fill in.
/// </summary>
public static class CandidateWriter
{
    /// <summary>Splits an article into candidate rows.</summary>
    /// <param name="articleText">The article.</param>
    /// <param name="source">The value of the <c>source</c> column, usually the article's file name.</param>
    /// <returns>One row per sentence, as (text, source).</returns>
    public static IReadOnlyList<(string Text, string Source)> Extract(string articleText, string source) =>
        ArticleParser.Parse(articleText).Sentences
            .Select(s => (s.Text.Replace('\t', ' '), source))
            .ToList();

    /// <summary>Formats candidate rows as an interchange file with a header.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The file's text.</returns>
    public static string Format(IEnumerable<(string Text, string Source)> rows)
    {
        var builder = new StringBuilder();
        builder.Append("text\tlabel\tclaim\tsource\n");
        foreach (var (text, source) in rows)
        {
            builder.Append(text).Append("\t\t\t").Append(source).Append('\n');
        }

        return builder.ToString();
    }
}
