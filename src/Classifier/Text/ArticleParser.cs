namespace Classifier.Text;

/// <summary>An article split into sentences.</summary>
/// <param name="Sentences">The sentences of the article body, with positions in the original text.</param>
/// <param name="Metadata">Bylines, dateline and timestamp found by the cleaner.</param>
/// <param name="Removed">The furniture lines the cleaner dropped.</param>
public sealed record ParsedArticle(
    IReadOnlyList<SentenceSpan> Sentences,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<RemovedLine> Removed);

/// <summary>Turns raw article text into sentences: clean the page, then split each paragraph.</summary>
public static class ArticleParser
{
    /// <summary>Cleans and splits an article.</summary>
    /// <param name="text">The article as read.</param>
    /// <returns>The article's sentences and metadata.</returns>
    public static ParsedArticle Parse(string text)
    {
        var cleaned = ArticleCleaner.Clean(text);
        var sentences = new List<SentenceSpan>();
        foreach (var block in cleaned.Blocks)
        {
            SentenceSplitter.SplitBlock(text, block.Start, block.Length, sentences);
        }

        return new ParsedArticle(sentences, cleaned.Metadata, cleaned.Removed);
    }
}
