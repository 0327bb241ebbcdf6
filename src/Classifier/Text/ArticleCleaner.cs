using System.Text.RegularExpressions;

namespace Classifier.Text;

/// <summary>
/// Removes the page furniture that copies of news pages carry (advertisement slots, comment and
/// share prompts, copyright and page-timing lines, font-size widgets, repeated headlines) and keeps
/// bylines, datelines and timestamps as metadata. The rules describe kinds of furniture, not the
/// wording of particular sites.
/// </summary>
public static partial class ArticleCleaner
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Cleans an article.</summary>
    /// <param name="text">The article as read from a file or page.</param>
    /// <returns>The body paragraphs that remain, the metadata found and the lines removed.</returns>
    public static CleanedArticle Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<TextBlock>();
        var removed = new List<RemovedLine>();
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // Index of the previous non-blank line, and whether it became the last block.
        var previousLineKept = false;

        foreach (var line in Lines(text))
        {
            var trimmedStart = line.Start;
            var trimmedEnd = line.Start + line.Length;
            while (trimmedStart < trimmedEnd && char.IsWhiteSpace(text[trimmedStart]))
            {
                trimmedStart++;
            }

            while (trimmedEnd > trimmedStart && char.IsWhiteSpace(text[trimmedEnd - 1]))
            {
                trimmedEnd--;
            }

            if (trimmedEnd == trimmedStart)
            {
                continue;
            }

            var content = text[trimmedStart..trimmedEnd];
            var kind = Classify(content, metadata);
            if (kind is null && !seen.Add(Normalize(content)))
            {
                kind = FurnitureKind.Repeated;
            }

            if (kind is { } furniture)
            {
                removed.Add(new RemovedLine(line.Number, content, furniture));
                previousLineKept = false;
                continue;
            }

            // A line that starts mid-sentence (", AS juga ...") continues the paragraph the
            // page broke apart, as long as nothing was removed in between.
            if (previousLineKept && IsContinuation(content, text, blocks[^1]))
            {
                var last = blocks[^1];
                blocks[^1] = last with { Length = trimmedEnd - last.Start };
                continue;
            }

            var block = new TextBlock(trimmedStart, trimmedEnd - trimmedStart);
            blocks.Add(StripDateline(text, block, metadata));
            previousLineKept = true;
        }

        return new CleanedArticle(text, blocks, metadata, removed);
    }

    private static FurnitureKind? Classify(string line, Dictionary<string, string> metadata)
    {
        if (Advertisement().IsMatch(line))
        {
            return FurnitureKind.Advertisement;
        }

        if (Prompt().IsMatch(line) || CommentNotice().IsMatch(line))
        {
            return FurnitureKind.Prompt;
        }

        if (PageTiming().IsMatch(line))
        {
            return FurnitureKind.PageTiming;
        }

        if (Copyright().IsMatch(line) && WordCount(line) <= 12)
        {
            return FurnitureKind.Copyright;
        }

        if (FontSizeWidget().IsMatch(line))
        {
            return FurnitureKind.FontSizeWidget;
        }

        var byline = Byline().Match(line);
        if (byline.Success)
        {
            AddMetadata(metadata, CanonicalBylineKey(byline.Groups["key"].Value), byline.Groups["value"].Value);
            return FurnitureKind.Byline;
        }

        var initials = EditorInitials().Match(line);
        if (initials.Success)
        {
            AddMetadata(metadata, "editor", initials.Groups["value"].Value);
            return FurnitureKind.Byline;
        }

        if (Timestamp().IsMatch(line))
        {
            AddMetadata(metadata, "published", line);
            return FurnitureKind.Timestamp;
        }

        if (NavigationWord().IsMatch(line) || Breadcrumb().IsMatch(line))
        {
            return FurnitureKind.Navigation;
        }

        return null;
    }

    private static TextBlock StripDateline(string text, TextBlock block, Dictionary<string, string> metadata)
    {
        var paragraph = text.Substring(block.Start, block.Length);
        var match = Dateline().Match(paragraph);
        if (!match.Success || match.Length >= paragraph.Length)
        {
            return block;
        }

        AddMetadata(metadata, "dateline", match.Groups["place"].Value.Trim());
        return new TextBlock(block.Start + match.Length, block.Length - match.Length);
    }

    private static bool IsContinuation(string line, string text, TextBlock previous)
    {
        if (line[0] is ',' or ';')
        {
            return true;
        }

        var lastChar = text[previous.Start + previous.Length - 1];
        var previousEnded = lastChar is '.' or '?' or '!' or '"' or '”' or ':' or '…';
        return !previousEnded && char.IsLower(line[0]);
    }

    private static void AddMetadata(Dictionary<string, string> metadata, string key, string value) =>
        metadata.TryAdd(key, value.Trim());

    private static string CanonicalBylineKey(string key) =>
        key.ToUpperInvariant() switch
        {
            "SUMBER" or "SOURCE" => "source",
            "EDITOR" or "REDAKTUR" or "PENYUNTING" or "EDITING" => "editor",
            "FOTO" or "PHOTO" => "photo",
            _ => "author",
        };

    private static int WordCount(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Normalize(string line) =>
        string.Join(' ', line.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<(int Number, int Start, int Length)> Lines(string text)
    {
        var number = 1;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n')
            {
                continue;
            }

            var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            yield return (number++, start, end - start);
            start = i + 1;
        }
    }

    // "banner 728x250", "ADVERTISEMENT", "Iklan", "Scroll to continue with content", a bare slot size.
    [GeneratedRegex(@"^(?:(?:banner|iklan|advertisement|advertorial|ads?|sponsored(?:\s+content)?|konten\s+bersponsor)(?:\s+\d{2,4}\s*[x×]\s*\d{2,4})?|\d{2,4}\s*[x×]\s*\d{2,4}|scroll\s+(?:to|untuk)\s+(?:continue|melanjutkan)\b.*)$", Options)]
    private static partial Regex Advertisement();

    // Invitations to comment, share, follow, watch or read something else.
    [GeneratedRegex(@"^(?:(?:kirim|tulis|tinggalkan|berikan|beri|lihat|tampilkan|muat)\s+komentar\b|(?:leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|add\s+a\s+comment)\b|(?:baca|lihat|simak)\s+(?:juga|pula|selengkapnya|berita\s+lain(?:nya)?)\b|(?:read|see)\s+(?:also|more)\b|(?:saksikan|tonton|watch)\b.*\b(?:live|streaming|video|siaran|youtube|di\s+sini)\b|(?:bagikan|share)(?:\s+(?:artikel|berita|this|ini)\b.*|\s*:.*)?$|ikuti\s+(?:kami|berita|kabar|update)\b.*\b(?:google\s+news|whatsapp|telegram|instagram|twitter|facebook|tiktok)\b|dapatkan\s+(?:update|berita|info)\b.*\b(?:setiap\s+hari|google\s+news|whatsapp|telegram)\b)", Options)]
    private static partial Regex Prompt();

    // Comment-section notices ("your e-mail address will not be published", who answers for comments).
    [GeneratedRegex(@"email\s+address\s+will\s+not\s+be\s+published|required\s+fields\s+are\s+marked|alamat\s+e-?mail\s+(?:anda\s+)?tidak\s+akan\s+(?:dipublikasikan|ditampilkan)|komentar\b.*\btanggung\s*jawab\s+(?:pengguna|pembaca|penulis|pemberi)", Options)]
    private static partial Regex CommentNotice();

    [GeneratedRegex(@"\brendering\s+in\s+\d+(?:[.,]\d+)?\s*s|\bgenerated\s+in\s+\d+(?:[.,]\d+)?\s*s|\bdimuat\s+dalam\s+\d+(?:[.,]\d+)?\s*detik", Options)]
    private static partial Regex PageTiming();

    [GeneratedRegex(@"©|\(c\)\s*\d{4}|\bcopyright\b|\bhak\s+cipta\b|\ball\s+rights\s+reserved\b|\bdilindungi\s+undang-undang\b", Options)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^(?:A\s*[+\-]?\s*){2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex FontSizeWidget();

    [GeneratedRegex(@"^(?<key>sumber|source|editor|redaktur|penyunting|editing|penulis|reporter|pewarta|author|oleh|kontributor|foto|photo)\s*:\s*(?<value>\S.{0,79})$", Options)]
    private static partial Regex Byline();

    // Editors often sign off with their initials in parentheses: "(wbs)", "(ant/rd)".
    [GeneratedRegex(@"^\((?<value>[a-z]{2,5}(?:/[a-z]{2,5})*)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex EditorInitials();

    [GeneratedRegex(@"^(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*)?\d{1,2}\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|aug|sep|okt|oct|nov|des|dec)\s+\d{4}(?:\s*[-,|]?\s*(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:wib|wita|wit|utc|gmt))?)?$", Options)]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"^\p{L}+$", RegexOptions.CultureInvariant)]
    private static partial Regex NavigationWord();

    [GeneratedRegex(@"^\p{L}+(?:\s\p{L}+)?(?:\s*[>»|]\s*\p{L}+(?:\s\p{L}+)?){1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex Breadcrumb();

    // "Tirana, Beritasatu.com- ", "TRIBUNNEWS.COM- ", "BERLIN - ", "Seoul (ANTARA) - ".
    [GeneratedRegex(@"^(?<place>(?:\p{Lu}[\p{L}.'’ ]{1,30},\s*)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|id|net|org|news|tv|co\.id)|\p{Lu}[\p{Lu}.'’ ]{2,30}(?:\s*\([\p{L} .]{2,20}\))?|\p{Lu}[\p{L} .]{1,30}\s*\([\p{Lu}][\p{L} .]{1,20}\))\s*[-–—]{1,2}\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
