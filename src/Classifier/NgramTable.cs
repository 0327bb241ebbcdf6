using System.Runtime.CompilerServices;

namespace Classifier;

/// <summary>
/// A read-only map from 64-bit n-gram keys to feature slots, laid out for lookups that miss the
/// cache: open addressing over one array of key-slot pairs, so a lookup touches one cache line
/// where <see cref="Dictionary{TKey, TValue}"/> touches two or three.
/// </summary>
internal sealed class NgramTable
{
    private readonly Entry[] _entries;
    private readonly int _shift;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public NgramTable(IEnumerable<KeyValuePair<ulong, int>> pairs)
    {
        var list = pairs.ToList();
        var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, list.Count) * 2.0)));
        _entries = new Entry[1 << bits];
        _shift = 64 - bits;
        foreach (var (key, slot) in list)
        {
            var index = Index(key);
            while (_entries[index].Slot != 0)
            {
                index = (index + 1) & (_entries.Length - 1);
            }

            // Slots are stored plus one, so that zero marks an empty entry.
            _entries[index] = new Entry(key, slot + 1);
        }
    }

    public int Count => _entries.Count(e => e.Slot != 0);

    /// <summary>The slot of a key, or -1.</summary>
    public int Find(ulong key)
    {
        var index = Index(key);
        while (true)
        {
            var entry = _entries[index];
            if (entry.Slot == 0)
            {
                return -1;
            }

            if (entry.Key == key)
            {
                return entry.Slot - 1;
            }

            index = (index + 1) & (_entries.Length - 1);
        }
    }

    // Fibonacci hashing: the top bits of the key times 2^64 / φ.
    private int Index(ulong key) => (int)((key * 11400714819323198485UL) >> _shift);

    private readonly record struct Entry(ulong Key, int Slot);
}
