using System.Text.RegularExpressions;

namespace Classifier.Training.Data;

/// <summary>Two sentences that share too many word trigrams.</summary>
/// <param name="First">The index of the first sentence.</param>
/// <param name="Second">The index of the second sentence, greater than <paramref name="First"/>.</param>
/// <param name="Shared">The share of the smaller sentence's distinct trigrams found in the other, from 0 to 1.</param>
public sealed record NearDuplicate(int First, int Second, double Shared);

/// <summary>
/// Finds sentences that repeat each other's wording, such as sentences made by swapping names
/// into one frame. Sentences are compared by their distinct lower-cased word trigrams; the
/// overlap of two sentences is the share of the smaller one's trigrams that the other also has.
/// </summary>
public static partial class NearDuplicateFinder
{
    /// <summary>The distinct lower-cased word trigrams of a sentence, each as "w1 w2 w3".</summary>
    /// <param name="text">The sentence.</param>
    /// <returns>The trigrams.</returns>
    public static IReadOnlySet<string> WordTrigrams(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var trigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < words.Count; i++)
        {
            trigrams.Add($"{words[i]} {words[i + 1]} {words[i + 2]}");
        }

        return trigrams;
    }

    /// <summary>Finds every pair of sentences whose trigram overlap exceeds <paramref name="threshold"/>.</summary>
    /// <param name="texts">The sentences.</param>
    /// <param name="threshold">The largest allowed overlap, from 0 to 1.</param>
    /// <param name="minTrigrams">Sentences with fewer distinct trigrams are too short to compare and are skipped.</param>
    /// <returns>The pairs, ordered by first and second index.</returns>
    public static IReadOnlyList<NearDuplicate> Find(IReadOnlyList<string> texts, double threshold = 0.7, int minTrigrams = 3)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var trigrams = texts.Select(WordTrigrams).ToList();

        // An inverted index visits only pairs that share a trigram, instead of all n² pairs.
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < trigrams.Count; i++)
        {
            if (trigrams[i].Count < minTrigrams)
            {
                continue;
            }

            foreach (var trigram in trigrams[i])
            {
                if (!postings.TryGetValue(trigram, out var list))
                {
                    postings[trigram] = list = [];
                }

                list.Add(i);
            }
        }

        var found = new List<NearDuplicate>();
        var shared = new Dictionary<int, int>();
        for (var i = 0; i < trigrams.Count; i++)
        {
            if (trigrams[i].Count < minTrigrams)
            {
                continue;
            }

            shared.Clear();
            foreach (var trigram in trigrams[i])
            {
                foreach (var j in postings[trigram])
                {
                    if (j > i)
                    {
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                    }
                }
            }

            foreach (var (j, count) in shared.OrderBy(p => p.Key))
            {
                var overlap = (double)count / Math.Min(trigrams[i].Count, trigrams[j].Count);
                if (overlap > threshold)
                {
                    found.Add(new NearDuplicate(i, j, overlap));
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
