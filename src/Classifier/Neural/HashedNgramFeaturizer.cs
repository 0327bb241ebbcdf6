using Classifier.Text;

namespace Classifier.Neural;

/// <summary>
/// Turns a sentence into hashed n-gram ids: word n-grams of the (stemmed) words and character
/// n-grams inside each lower-cased word, marked at its edges, fastText-style. Hashing needs no
/// vocabulary, so the model file holds only weights; the hash is FNV-1a, the same on every platform.
/// </summary>
public static class HashedNgramFeaturizer
{
    // Kinds keep a word "an" and the characters "an" in separate hash spaces.
    private const char WordKind = 'w';
    private const char CharKind = 'c';

    /// <summary>The n-gram ids of a sentence, in a fixed order (word n-grams, then character n-grams).</summary>
    /// <param name="text">The sentence.</param>
    /// <param name="settings">The featurizer settings.</param>
    /// <param name="ids">Receives the ids; cleared first.</param>
    public static void Featurize(string text, HashedNgramSettings settings, List<int> ids)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(ids);
        ids.Clear();
        Walk(text, settings, ids, names: null);
    }

    /// <summary>The n-grams of a sentence with their ids, for explanations.</summary>
    /// <param name="text">The sentence.</param>
    /// <param name="settings">The featurizer settings.</param>
    /// <returns>Each n-gram as text ("w:tuduh rusia", "c:&lt;tud") with its id, in <see cref="Featurize"/>'s order.</returns>
    public static IReadOnlyList<(string Ngram, int Id)> Describe(string text, HashedNgramSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var ids = new List<int>();
        var names = new List<string>();
        Walk(text, settings, ids, names);
        return [.. names.Zip(ids)];
    }

    private static void Walk(string? text, HashedNgramSettings settings, List<int> ids, List<string>? names)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var buckets = (ulong)settings.Buckets;
        var words = WordSteps.Apply(settings.Stemming, text);
        var tokens = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var start = 0; start < tokens.Length; start++)
        {
            var hash = Fnv1a.Add(Fnv1a.Offset, WordKind);
            for (var n = 0; n < settings.WordNgramLength && start + n < tokens.Length; n++)
            {
                hash = Fnv1a.Add(hash, ' ');
                foreach (var c in tokens[start + n])
                {
                    hash = Fnv1a.Add(hash, c);
                }

                ids.Add((int)(hash % buckets));
                names?.Add("w:" + string.Join(' ', tokens, start, n + 1));
            }
        }

        if (settings.MaxCharNgramLength == 0)
        {
            return;
        }

        // Character n-grams come from the words as written (lower-cased), not the stems: they
        // catch affixes and spellings the stemmer misses.
        Span<char> marked = stackalloc char[66];
        foreach (var word in IndonesianTextNormalizer.Lower(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // Very long "words" (URLs, glued text) are cut: their middle adds nothing.
            var length = Math.Min(word.Length, marked.Length - 2);
            marked[0] = '<';
            word.AsSpan(0, length).CopyTo(marked[1..]);
            marked[length + 1] = '>';
            var chars = marked[..(length + 2)];
            for (var start = 0; start < chars.Length; start++)
            {
                var hash = Fnv1a.Add(Fnv1a.Offset, CharKind);
                for (var n = 0; n < settings.MaxCharNgramLength && start + n < chars.Length; n++)
                {
                    hash = Fnv1a.Add(hash, chars[start + n]);
                    if (n + 1 >= settings.MinCharNgramLength)
                    {
                        ids.Add((int)(hash % buckets));
                        names?.Add("c:" + chars.Slice(start, n + 1).ToString());
                    }
                }
            }
        }
    }
}
