using System.Text;
using System.Text.RegularExpressions;

namespace Classifier.Text;

/// <summary>
/// Splits Indonesian news text into sentences. Line breaks always end a sentence; a period,
/// question mark or exclamation mark ends one unless it belongs to an abbreviation, a title,
/// a number, a dotted acronym, an initial, an e-mail address or URL, or an ellipsis inside a quote.
/// </summary>
public static partial class SentenceSplitter
{
    // Titles and abbreviations that are followed by more of the same sentence.
    private static readonly HashSet<string> NonFinalAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "drs", "dra", "prof", "ir", "h", "hj", "kh", "st", "sdr", "sdri", "bpk", "yth", "jl", "jln",
        "no", "nomor", "rp", "tgl", "hlm", "kec", "kab", "prov", "kol", "jend", "brigjen", "mayjen", "letjen",
        "laksda", "laksdya", "marsda", "kapt", "lettu", "letda", "serka", "pol", "kombes", "aiptu", "aipda",
        "ipda", "iptu", "akp", "inf", "kav", "art", "czi", "cba", "cpm", "psk",
        "mr", "mrs", "ms", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
        "jan", "feb", "mar", "apr", "jun", "jul", "agt", "agu", "aug", "sep", "sept", "okt", "oct", "nov", "des", "dec",
        "vol", "tel", "telp", "fax", "vs", "a.n", "u.p", "s.h", "s.e", "s.ip", "m.si", "m.a", "m.sc", "ph.d",
    };

    // Abbreviations that close a list ("dll.") may also close the sentence; they only end it
    // when a capitalised word follows, which the general rule already requires.
    private static readonly HashSet<string> ListClosingAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dll", "dsb", "dst", "dkk", "etc", "cs",
    };

    /// <summary>Splits text into sentences, treating every line break as a sentence end.</summary>
    /// <param name="text">The text to split.</param>
    /// <returns>The sentences in order, with their positions in <paramref name="text"/>.</returns>
    public static IReadOnlyList<SentenceSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<SentenceSpan>();
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n' || text[i] == '\r')
            {
                SplitBlock(text, lineStart, i - lineStart, sentences);
                lineStart = i + 1;
            }
        }

        return sentences;
    }

    /// <summary>
    /// Splits one block of text (a paragraph whose line breaks, if any, are not sentence ends)
    /// and appends its sentences to <paramref name="output"/>.
    /// </summary>
    internal static void SplitBlock(string text, int start, int length, List<SentenceSpan> output)
    {
        var end = start + length;
        var sentenceStart = start;
        var quotes = new QuoteState();

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!IsTerminator(c))
            {
                quotes.Observe(c);
                continue;
            }

            var runEnd = i;
            while (runEnd + 1 < end && IsTerminator(text[runEnd + 1]))
            {
                runEnd++;
            }

            var isEllipsis = c == '…' || (c == '.' && runEnd - i >= 2) || text[runEnd] == '…';
            var after = runEnd + 1;
            while (after < end && IsCloser(text[after], quotes))
            {
                quotes.Observe(text[after]);
                after++;
            }

            if (IsBoundary(text, i, runEnd, after, end, isEllipsis, quotes))
            {
                Emit(text, sentenceStart, after, output);
                sentenceStart = after;
            }

            i = after - 1;
        }

        Emit(text, sentenceStart, end, output);
    }

    private static bool IsBoundary(string text, int first, int runEnd, int after, int end, bool isEllipsis, QuoteState quotes)
    {
        if (after >= end)
        {
            return true;
        }

        // Periods inside numbers, URLs, e-mail addresses and acronyms have no space after them.
        if (!char.IsWhiteSpace(text[after]))
        {
            return false;
        }

        var next = after;
        while (next < end && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= end)
        {
            return true;
        }

        // A lower-case continuation ('..." kata Rama', "dll. untuk") belongs to the same sentence.
        if (char.IsLower(text[next]))
        {
            return false;
        }

        if (isEllipsis)
        {
            return !quotes.IsOpen;
        }

        if (text[first] != '.' || runEnd != first)
        {
            return true;
        }

        var token = TokenBefore(text, first);
        if (token.Length == 0)
        {
            return true;
        }

        if (ListClosingAbbreviations.Contains(token))
        {
            return true;
        }

        if (NonFinalAbbreviations.Contains(token))
        {
            return false;
        }

        // "A.S." and "a.n." are dotted acronyms; "W." in "Joko W. Santoso" is an initial.
        if (DottedAcronym().IsMatch(token) || (token.Length == 1 && char.IsUpper(token[0])))
        {
            return false;
        }

        return true;
    }

    private static string TokenBefore(string text, int period)
    {
        var start = period;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && !IsOpener(text[start - 1]))
        {
            start--;
        }

        return text[start..period];
    }

    private static void Emit(string text, int from, int to, List<SentenceSpan> output)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        if (to <= from)
        {
            return;
        }

        var raw = text.AsSpan(from, to - from);
        var hasContent = false;
        foreach (var ch in raw)
        {
            if (char.IsLetterOrDigit(ch))
            {
                hasContent = true;
                break;
            }
        }

        // A stray period or dash left between sentences is not a sentence.
        if (!hasContent)
        {
            return;
        }

        output.Add(new SentenceSpan(FoldWhiteSpace(raw), from, to - from));
    }

    private static string FoldWhiteSpace(ReadOnlySpan<char> raw)
    {
        var builder = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var ch in raw)
        {
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = true;
                continue;
            }

            // A comma the page pushed onto a new line ("Selain itu\n, AS") closes up again.
            if (pendingSpace && builder.Length > 0 && ch is not (',' or ';'))
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            builder.Append(ch);
        }

        return builder.ToString();
    }

    private static bool IsTerminator(char c) => c is '.' or '?' or '!' or '…';

    private static bool IsOpener(char c) => c is '(' or '[' or '"' or '“' or '‘' or '\'';

    private static bool IsCloser(char c, QuoteState quotes) =>
        c switch
        {
            '”' or '’' or ')' or ']' or '\'' => true,
            '"' => quotes.StraightOpen,
            _ => false,
        };

    [GeneratedRegex(@"^(?:\p{L}\.)+\p{L}$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedAcronym();

    /// <summary>Tracks whether the scan is inside a quotation.</summary>
    private sealed class QuoteState
    {
        private int _curlyDepth;

        public bool StraightOpen { get; private set; }

        public bool IsOpen => StraightOpen || _curlyDepth > 0;

        public void Observe(char c)
        {
            switch (c)
            {
                case '"':
                    StraightOpen = !StraightOpen;
                    break;
                case '“':
                    _curlyDepth++;
                    break;
                case '”' when _curlyDepth > 0:
                    _curlyDepth--;
                    break;
                default:
                    break;
            }
        }
    }
}
