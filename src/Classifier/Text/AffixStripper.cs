namespace Classifier.Text;

/// <summary>
/// Finds the possible roots of an Indonesian word by peeling its affixes: prefixes me-, di-, ter-,
/// ber-, pe- (with the nasal forms mem-, men-, meng-, meny-, pem-, pen-, peng-, peny- and the
/// consonant they replace), suffixes -kan, -an, -i and the clitics -nya, -lah, -kah. It over-generates
/// on purpose: a lexicon lookup decides which candidate is a real root.
/// </summary>
public static class AffixStripper
{
    private static readonly string[] Clitics = ["nya", "lah", "kah"];
    private static readonly string[] Suffixes = ["kan", "an", "i"];

    // Nasal prefixes with the root-initial consonant the nasal may have replaced ("menuduh" < tuduh).
    private static readonly (string Prefix, string Restore)[] NasalPrefixes =
    [
        ("meny", "s"), ("peny", "s"),
        ("meng", "k"), ("peng", "k"), ("meng", string.Empty), ("peng", string.Empty),
        ("mem", "p"), ("pem", "p"), ("mem", string.Empty), ("pem", string.Empty),
        ("men", "t"), ("pen", "t"), ("men", string.Empty), ("pen", string.Empty),
        ("me", string.Empty), ("pe", string.Empty),
    ];

    private static readonly string[] PlainPrefixes = ["di", "ter", "ber", "per", "ke", "se"];

    /// <summary>The word itself and every root its affixes could hide, shortest affix first.</summary>
    /// <param name="word">A lower-case word.</param>
    /// <returns>The candidates, each at least three letters long, without duplicates.</returns>
    public static IReadOnlyList<string> Candidates(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var found = new List<string>();
        foreach (var withoutClitic in StripEnd(word, Clitics))
        {
            foreach (var stem in StripEnd(withoutClitic, Suffixes))
            {
                Add(found, stem);
                foreach (var (prefix, restore) in NasalPrefixes)
                {
                    if (stem.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        Add(found, restore + stem[prefix.Length..]);
                    }
                }

                foreach (var prefix in PlainPrefixes)
                {
                    if (stem.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        var rest = stem[prefix.Length..];
                        Add(found, rest);

                        // "diperketat", "memperluas": a second prefix under the first.
                        if (rest.StartsWith("per", StringComparison.Ordinal))
                        {
                            Add(found, rest[3..]);
                        }
                    }
                }
            }
        }

        return found;
    }

    private static IEnumerable<string> StripEnd(string word, string[] endings)
    {
        yield return word;
        foreach (var ending in endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return word[..^ending.Length];
            }
        }
    }

    private static void Add(List<string> found, string candidate)
    {
        if (candidate.Length >= 3 && !found.Contains(candidate))
        {
            found.Add(candidate);
        }
    }
}
