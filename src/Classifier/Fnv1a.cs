namespace Classifier;

/// <summary>The 64-bit FNV-1a hash, fed one UTF-16 code unit at a time: the same on every platform and run, unlike <see cref="string.GetHashCode()"/>.</summary>
internal static class Fnv1a
{
    /// <summary>The hash of nothing, to start from.</summary>
    public const ulong Offset = 14695981039346656037;

    private const ulong Prime = 1099511628211;

    /// <summary>Feeds one character to a hash.</summary>
    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;
}
