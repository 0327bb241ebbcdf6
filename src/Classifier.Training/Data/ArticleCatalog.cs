using System.Text;
using System.Text.RegularExpressions;

namespace Classifier.Training.Data;

/// <summary>
/// Reads the corpus catalog (<c>data/catalog.tsv</c>): one tab-separated row per article with
/// the columns <c>id</c>, <c>split</c>, <c>conflict</c>, <c>event</c> and <c>actors</c>
/// (separated by <c>;</c>). The catalog is what lets tests prove that the test set is about
/// other events and actor pairs than the training set.
/// </summary>
public static partial class ArticleCatalog
{
    /// <summary>The split of training articles.</summary>
    public const string TrainSplit = "train";

    /// <summary>The split of held-out test articles.</summary>
    public const string TestSplit = "test";

    private static readonly string[] Columns = ["id", "split", "conflict", "event", "actors"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and validates a catalog file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Its entries, in file order.</returns>
    /// <exception cref="DataFormatException">The file is missing, unreadable or has a bad row.</exception>
    public static IReadOnlyList<CatalogEntry> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path, StrictUtf8);
        }
        catch (IOException e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DataFormatException(path, 0, "file not found");
        }
        catch (DecoderFallbackException)
        {
            throw new DataFormatException(path, 0, "invalid UTF-8");
        }

        return Parse(path, text);
    }

    /// <summary>Parses catalog text.</summary>
    /// <param name="path">The file name to put in error messages.</param>
    /// <param name="text">The catalog's content.</param>
    /// <returns>Its entries, in order.</returns>
    /// <exception cref="DataFormatException">A row is bad.</exception>
    public static IReadOnlyList<CatalogEntry> Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (!lines[0].Split('\t').SequenceEqual(Columns))
        {
            throw new DataFormatException(path, 1, $"header must be {string.Join(", ", Columns)}, tab-separated");
        }

        var entries = new List<CatalogEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var entry = ParseRow(path, i + 1, lines[i]);
            if (!ids.Add(entry.Id))
            {
                throw new DataFormatException(path, i + 1, $"article {entry.Id} is listed twice");
            }

            entries.Add(entry);
        }

        return entries;
    }

    private static CatalogEntry ParseRow(string path, int line, string row)
    {
        var fields = row.Split('\t');
        if (fields.Length != Columns.Length)
        {
            throw new DataFormatException(path, line, $"expected {Columns.Length} tab-separated fields, found {fields.Length}");
        }

        var (id, split, conflict, @event) = (fields[0], fields[1], fields[2], fields[3]);
        if (id.Length == 0)
        {
            throw new DataFormatException(path, line, "empty id");
        }

        if (split is not (TrainSplit or TestSplit))
        {
            throw new DataFormatException(path, line, $"split must be {TrainSplit} or {TestSplit}, found '{split}'");
        }

        foreach (var (name, value) in new[] { ("conflict", conflict), ("event", @event) })
        {
            if (!Slug().IsMatch(value))
            {
                throw new DataFormatException(path, line, $"{name} must be a lowercase slug such as ukraine-war, found '{value}'");
            }
        }

        var actors = fields[4].Split(';').Select(a => a.Trim()).ToList();
        if (actors.Any(a => a.Length == 0))
        {
            throw new DataFormatException(path, line, "actors must be names separated by ';' with none empty");
        }

        return new CatalogEntry(id, split, conflict, @event, actors, line);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
