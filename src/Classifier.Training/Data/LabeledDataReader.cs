using System.Text;

namespace Classifier.Training.Data;

/// <summary>
/// Reads labeled sentences in the interchange format: UTF-8, tab-separated, a header line naming
/// the columns <c>text</c>, <c>label</c>, <c>claim</c> and optionally <c>source</c>, in any order.
/// Every row is validated; the first bad row stops reading with an error naming file and line.
/// </summary>
public static class LabeledDataReader
{
    /// <summary>The column holding the sentence.</summary>
    public const string TextColumn = "text";

    /// <summary>The column holding the event label.</summary>
    public const string LabelColumn = "label";

    /// <summary>The column holding the claim flag.</summary>
    public const string ClaimColumn = "claim";

    /// <summary>The column naming the sentence's article or file.</summary>
    public const string SourceColumn = "source";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and validates several files, in order.</summary>
    /// <param name="paths">The files.</param>
    /// <returns>All rows of all files.</returns>
    /// <exception cref="DataFormatException">A file is missing, unreadable or breaks the format.</exception>
    public static IReadOnlyList<LabeledExample> Read(IEnumerable<string> paths) =>
        paths.SelectMany(Read).ToList();

    /// <summary>Reads and validates one file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Its rows.</returns>
    /// <exception cref="DataFormatException">The file is missing, unreadable or breaks the format.</exception>
    public static IReadOnlyList<LabeledExample> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var lines = ReadLines(path);
        if (lines.Length == 0 || (lines.Length == 1 && lines[0].Length == 0))
        {
            throw new DataFormatException(path, 0, "empty file; expected a header line with the columns text, label, claim");
        }

        var header = ParseHeader(path, lines[0]);
        var examples = new List<LabeledExample>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            examples.Add(ParseRow(path, lineNumber, line, header));
        }

        if (examples.Count == 0)
        {
            throw new DataFormatException(path, 0, "no data rows after the header");
        }

        return examples;
    }

    private static string[] ReadLines(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            throw new DataFormatException(path, 0, "file not found");
        }
        catch (DirectoryNotFoundException)
        {
            throw new DataFormatException(path, 0, "file not found");
        }
        catch (UnauthorizedAccessException)
        {
            throw new DataFormatException(path, 0, "cannot read the file (permission denied or a folder)");
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new DataFormatException(path, 0, "binary file; expected UTF-8 tab-separated text");
        }

        var lines = new List<string>();
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        for (var i = start; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != (byte)'\n')
            {
                continue;
            }

            var end = i > start && bytes[i - 1] == (byte)'\r' ? i - 1 : i;
            try
            {
                lines.Add(StrictUtf8.GetString(bytes, start, end - start));
            }
            catch (DecoderFallbackException)
            {
                throw new DataFormatException(path, lines.Count + 1, "invalid UTF-8");
            }

            start = i + 1;
        }

        // A final newline does not start another row.
        if (lines.Count > 1 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return [.. lines];
    }

    private static Header ParseHeader(string path, string line)
    {
        var names = line.Split('\t').Select(n => n.Trim()).ToArray();
        int Find(string name) => Array.FindIndex(names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

        var missing = new[] { TextColumn, LabelColumn, ClaimColumn }.Where(c => Find(c) < 0).ToList();
        if (missing.Count > 0)
        {
            var hint = Find(TextColumn) < 0 && names.Length == 1 ? " (is the file tab-separated, with a header line?)" : string.Empty;
            throw new DataFormatException(path, 1, $"header lacks the column{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing)}{hint}");
        }

        var duplicate = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1 && g.Key.Length > 0);
        if (duplicate is not null)
        {
            throw new DataFormatException(path, 1, $"header names the column {duplicate.Key} twice");
        }

        return new Header(names.Length, Find(TextColumn), Find(LabelColumn), Find(ClaimColumn), Find(SourceColumn));
    }

    private static LabeledExample ParseRow(string path, int lineNumber, string line, Header header)
    {
        var fields = line.Split('\t');
        if (fields.Length != header.Count)
        {
            throw new DataFormatException(path, lineNumber, $"expected {header.Count} tab-separated fields as in the header, found {fields.Length}");
        }

        var text = fields[header.Text].Trim();
        if (text.Length == 0)
        {
            throw new DataFormatException(path, lineNumber, "empty text");
        }

        var label = fields[header.Label].Trim();
        if (label.Length == 0)
        {
            throw new DataFormatException(path, lineNumber, "empty label");
        }

        if (!EventLabels.IsKnown(label))
        {
            throw new DataFormatException(path, lineNumber, $"unknown label '{label}' (allowed: {string.Join(", ", EventLabels.All)})");
        }

        var claim = fields[header.Claim].Trim() switch
        {
            "1" => true,
            "0" => false,
            var other => throw new DataFormatException(path, lineNumber, $"claim must be 1 or 0, found '{other}'"),
        };

        var source = header.Source >= 0 ? fields[header.Source].Trim() : string.Empty;
        if (source.Length == 0)
        {
            // Without a source each sentence is its own group in cross-validation.
            source = $"{Path.GetFileName(path)}:{lineNumber}";
        }

        return new LabeledExample(text, label, claim, source, path, lineNumber);
    }

    private sealed record Header(int Count, int Text, int Label, int Claim, int Source);
}
