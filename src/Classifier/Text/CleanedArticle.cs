namespace Classifier.Text;

/// <summary>A paragraph of article body text, as a range of the original text.</summary>
/// <param name="Start">Index of the paragraph's first character in the original text.</param>
/// <param name="Length">Length of the paragraph in the original text.</param>
public sealed record TextBlock(int Start, int Length);

/// <summary>A line that the cleaner removed, and why.</summary>
/// <param name="LineNumber">One-based line number in the original text.</param>
/// <param name="Text">The line as it was, trimmed.</param>
/// <param name="Kind">The kind of page furniture it was taken for.</param>
public sealed record RemovedLine(int LineNumber, string Text, FurnitureKind Kind);

/// <summary>Article text with page furniture removed.</summary>
/// <param name="Original">The text as it was read.</param>
/// <param name="Blocks">The body paragraphs that remain, in order.</param>
/// <param name="Metadata">Values taken from bylines, datelines and timestamps (keys such as <c>source</c>, <c>editor</c>, <c>dateline</c>).</param>
/// <param name="Removed">The lines that were dropped.</param>
public sealed record CleanedArticle(
    string Original,
    IReadOnlyList<TextBlock> Blocks,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<RemovedLine> Removed)
{
    /// <summary>The body paragraphs as text.</summary>
    public IEnumerable<string> Paragraphs => Blocks.Select(b => Original.Substring(b.Start, b.Length));
}
