using System.Text;
using Lucene.Net.Analysis.Id;

namespace Classifier.Text;

/// <summary>
/// Reduces a sentence to lower-cased Indonesian word stems ("menuduh", "dituduh" and "tuduhan"
/// share a stem) with Lucene's <c>IndonesianStemmer</c>, so word n-grams generalize over affixes.
/// </summary>
public static class IndonesianTextNormalizer
{
    // Lucene's stemmer keeps per-word state in fields, so each thread gets its own.
    [ThreadStatic]
    private static IndonesianStemmer? _stemmer;

    /// <summary>Splits a sentence into words, lower-cases and stems them, and joins them with spaces.</summary>
    /// <param name="text">The sentence.</param>
    /// <param name="removeStopWords">Whether to drop Lucene's Indonesian stop words (yang, dan, di, ...).</param>
    /// <returns>The stems, separated by single spaces.</returns>
    public static string Normalize(string? text, bool removeStopWords) => Words(text, removeStopWords, stem: true);

    /// <summary>Splits a sentence into words as <see cref="Normalize"/> does, lower-cased but not stemmed.</summary>
    /// <param name="text">The sentence.</param>
    /// <returns>The lower-cased words, separated by single spaces.</returns>
    public static string Lower(string? text) => Words(text, removeStopWords: false, stem: false);

    private static string Words(string? text, bool removeStopWords, bool stem)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var stemmer = _stemmer ??= new IndonesianStemmer();
        var output = new StringBuilder(text.Length);
        var word = new char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var length = i - start;
            if (length > word.Length)
            {
                word = new char[length * 2];
            }

            for (var k = 0; k < length; k++)
            {
                word[k] = char.ToLowerInvariant(text[start + k]);
            }

            if (removeStopWords && IndonesianAnalyzer.DefaultStopSet.Contains(word, 0, length))
            {
                continue;
            }

            // Numbers and very short words carry no affixes worth removing.
            var stemmed = stem && length > 3 && char.IsLetter(word[0]) ? stemmer.Stem(word, length, stemDerivational: true) : length;
            if (output.Length > 0)
            {
                output.Append(' ');
            }

            output.Append(word, 0, stemmed);
        }

        return output.ToString();
    }
}
