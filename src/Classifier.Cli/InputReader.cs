using System.Text;

namespace Classifier.Cli;

/// <summary>A text to classify and where it came from.</summary>
/// <param name="Source">The file path, or <c>-</c> for standard input.</param>
/// <param name="Text">The text; empty for an empty file.</param>
/// <param name="Warning">Something the reader repaired, such as invalid UTF-8; <see langword="null"/> when the file was clean.</param>
public sealed record InputText(string Source, string Text, string? Warning = null);

/// <summary>An input that could not be read, with a one-line reason naming it.</summary>
/// <param name="Source">The path as given or found.</param>
/// <param name="Message">What is wrong, starting with the path.</param>
public sealed record InputProblem(string Source, string Message);

/// <summary>The readable inputs of a command line and the ones that were refused.</summary>
/// <param name="Texts">The texts, in order.</param>
/// <param name="Problems">The refused inputs, in order.</param>
public sealed record InputBatch(IReadOnlyList<InputText> Texts, IReadOnlyList<InputProblem> Problems);

/// <summary>
/// Expands paths (files, folders of <c>*.txt</c> searched recursively, globs such as
/// <c>news/*.txt</c>, <c>-</c> for standard input) into texts. A bad input is refused with a
/// reason and the rest are still read; invalid UTF-8 is replaced and reported.
/// </summary>
public static class InputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads every input whole.</summary>
    /// <param name="paths">Files, folders, globs or <c>-</c>.</param>
    /// <param name="stdin">Standard input.</param>
    /// <returns>The texts and the refused inputs.</returns>
    public static InputBatch Read(IEnumerable<string> paths, TextReader stdin)
    {
        var (sources, problems) = Resolve(paths);
        var texts = new List<InputText>();
        var refused = problems.ToList();
        foreach (var source in sources)
        {
            if (ReadText(source, stdin) is { } text)
            {
                texts.Add(text);
            }
            else
            {
                refused.Add(Binary(source));
            }
        }

        return new InputBatch(texts, refused);
    }

    /// <summary>Expands paths into the inputs they name, without reading them.</summary>
    /// <param name="paths">Files, folders, globs or <c>-</c>.</param>
    /// <returns>The files (and <c>-</c>) in order, and the paths that name nothing.</returns>
    public static (IReadOnlyList<string> Sources, IReadOnlyList<InputProblem> Problems) Resolve(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sources = new List<string>();
        var problems = new List<InputProblem>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                sources.Add(path);
                continue;
            }

            var files = Expand(path, out var problem);
            if (problem is not null)
            {
                problems.Add(new InputProblem(path, problem));
            }
            else
            {
                sources.AddRange(files);
            }
        }

        return (sources, problems);
    }

    /// <summary>Reads one input whole.</summary>
    /// <param name="source">A file, or <c>-</c>.</param>
    /// <param name="stdin">Standard input.</param>
    /// <returns>The text, or <see langword="null"/> for a binary file.</returns>
    public static InputText? ReadText(string source, TextReader stdin)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        return source == "-" ? new InputText("-", stdin.ReadToEnd()) : ReadFile(source);
    }

    /// <summary>Opens one input as a stream of lines, so a file of any size is read in bounded memory.</summary>
    /// <param name="source">A file, or <c>-</c>.</param>
    /// <param name="stdin">Standard input.</param>
    /// <returns>The lines, or <see langword="null"/> for a binary file.</returns>
    public static LineSource? OpenLines(string source, TextReader stdin)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        if (source == "-")
        {
            return new LineSource(source, stdin, ownsReader: false);
        }

        var stream = File.OpenRead(source);
        var head = new byte[8192];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (Array.IndexOf(head, (byte)0, 0, read) >= 0)
        {
            stream.Dispose();
            return null;
        }

        stream.Position = 0;

        // Invalid bytes become U+FFFD instead of stopping the read; the line source counts them.
        return new LineSource(source, new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true), ownsReader: true);
    }

    /// <summary>The problem of a binary input.</summary>
    /// <param name="source">The file.</param>
    /// <returns>The problem.</returns>
    public static InputProblem Binary(string source) => new(source, $"{source}: binary file, expected UTF-8 text; skipped");

    private static IReadOnlyList<string> Expand(string path, out string? problem)
    {
        problem = null;
        if (Directory.Exists(path))
        {
            var found = Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            problem = found.Count == 0 ? $"{path}: folder holds no .txt files" : null;
            return found;
        }

        if (File.Exists(path))
        {
            return [path];
        }

        if (path.IndexOfAny(['*', '?']) >= 0)
        {
            // A glob in the file name part: "news/2024-*.txt".
            var directory = Path.GetDirectoryName(path) is { Length: > 0 } d ? d : ".";
            var pattern = Path.GetFileName(path);
            var matches = Directory.Exists(directory) && directory.IndexOfAny(['*', '?']) < 0
                ? Directory.EnumerateFiles(directory, pattern).Order(StringComparer.Ordinal).ToList()
                : [];
            problem = matches.Count == 0 ? $"{path}: no file matches" : null;
            return matches;
        }

        problem = $"{path}: no such file or folder";
        return [];
    }

    private static InputText? ReadFile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return null;
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return new InputText(path, StrictUtf8.GetString(bytes, start, bytes.Length - start));
        }
        catch (DecoderFallbackException)
        {
            // Keep what is readable: one bad byte should not cost the whole article.
            var text = new UTF8Encoding(false).GetString(bytes, start, bytes.Length - start);
            var replaced = text.Count(c => c == '\uFFFD');
            return new InputText(path, text, $"{path}: invalid UTF-8, {replaced} character{(replaced == 1 ? string.Empty : "s")} replaced with U+FFFD");
        }
    }
}

/// <summary>The lines of one input, read one at a time.</summary>
/// <param name="source">The file, or <c>-</c>.</param>
/// <param name="reader">The reader.</param>
/// <param name="ownsReader">Whether disposing this closes the reader.</param>
public sealed class LineSource(string source, TextReader reader, bool ownsReader) : IDisposable
{
    /// <summary>The file, or <c>-</c>.</summary>
    public string Source { get; } = source;

    /// <summary>How many replacement characters (U+FFFD) the lines read so far hold.</summary>
    public int Replaced { get; private set; }

    /// <summary>The lines with the offset of each in the text, read lazily.</summary>
    /// <returns>The lines.</returns>
    public IEnumerable<(long Offset, string Line)> Lines()
    {
        long offset = 0;
        while (reader.ReadLine() is { } line)
        {
            Replaced += line.Count(c => c == '\uFFFD');
            yield return (offset, line);

            // Offsets assume one-character line ends; CRLF input shifts them by one per line.
            offset += line.Length + 1;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (ownsReader)
        {
            reader.Dispose();
        }
    }
}
