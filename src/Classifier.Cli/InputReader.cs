using System.Text;

namespace Classifier.Cli;

/// <summary>A text to classify and where it came from.</summary>
/// <param name="Source">The file path, or <c>-</c> for standard input.</param>
/// <param name="Text">The text.</param>
public sealed record InputText(string Source, string Text);

/// <summary>An input that cannot be read as text.</summary>
/// <param name="message">What is wrong, naming the path.</param>
public sealed class InputException(string message) : Exception(message);

/// <summary>Expands paths (files, folders of <c>*.txt</c>, <c>-</c> for stdin) into texts, refusing unusable ones.</summary>
public static class InputReader
{
    /// <summary>Reads every input.</summary>
    /// <param name="paths">Files, folders or <c>-</c>.</param>
    /// <param name="stdin">Standard input.</param>
    /// <returns>The texts, in order.</returns>
    /// <exception cref="InputException">A path is missing, or a file is empty or binary.</exception>
    public static IReadOnlyList<InputText> Read(IEnumerable<string> paths, TextReader stdin)
    {
        var inputs = new List<InputText>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                inputs.Add(new InputText("-", stdin.ReadToEnd()));
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0)
                {
                    throw new InputException($"{path}: folder holds no .txt files");
                }

                inputs.AddRange(files.Select(ReadFile));
            }
            else if (File.Exists(path))
            {
                inputs.Add(ReadFile(path));
            }
            else
            {
                throw new InputException($"{path}: no such file or folder");
            }
        }

        return inputs;
    }

    private static InputText ReadFile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0)
        {
            throw new InputException($"{path}: empty file");
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new InputException($"{path}: binary file, expected UTF-8 text");
        }

        var text = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException($"{path}: empty file");
        }

        return new InputText(path, text);
    }
}
