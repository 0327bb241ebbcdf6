namespace Classifier.Text;

/// <summary>The kinds of page furniture that <see cref="ArticleCleaner"/> removes from article text.</summary>
public enum FurnitureKind
{
    /// <summary>Banner and advertisement slots ("banner 728x250", "ADVERTISEMENT").</summary>
    Advertisement,

    /// <summary>Prompts to comment, share, watch or read more ("Kirim Komentar", "Baca juga: ...").</summary>
    Prompt,

    /// <summary>Copyright and rights-reserved lines.</summary>
    Copyright,

    /// <summary>Page timing lines left by the site's renderer ("rendering in 0.71 seconds").</summary>
    PageTiming,

    /// <summary>Font-size widgets ("A A A", "A- A+").</summary>
    FontSizeWidget,

    /// <summary>A line repeated from earlier in the page, such as a headline printed twice.</summary>
    Repeated,

    /// <summary>Source, editor and author bylines; their values are kept as metadata.</summary>
    Byline,

    /// <summary>Publication date and time lines; their values are kept as metadata.</summary>
    Timestamp,

    /// <summary>Lone navigation words and section names.</summary>
    Navigation,
}
