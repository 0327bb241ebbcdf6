using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace Classifier.Notebooks.Tests;

/// <summary>The result of running one code cell.</summary>
/// <param name="Cell">The cell's index among all cells.</param>
/// <param name="Text">What it printed.</param>
/// <param name="Images">The PNG images it displayed.</param>
internal sealed record CellOutput(int Cell, string Text, IReadOnlyList<byte[]> Images);

/// <summary>The result of running a notebook.</summary>
/// <param name="ExitCode">The program's exit code.</param>
/// <param name="Cells">The outputs of the code cells that ran, in order.</param>
/// <param name="Errors">What the build or the failing cell wrote to stderr.</param>
internal sealed record NotebookRun(int ExitCode, IReadOnlyList<CellOutput> Cells, string Errors);

/// <summary>
/// Runs a Polyglot (.NET Interactive) notebook's C# cells without the kernel, which cannot be
/// installed here: the cells become one .NET 10 file-based program that references the projects,
/// each cell announced by a marker line, and the program's output is split back into cells.
/// <c>#r</c> and <c>#!</c> lines are for the kernel and are dropped; <c>using</c> lines are hoisted;
/// <c>display(x)</c> is supplied, printing text or passing PNG bytes back as an image.
/// </summary>
internal static class NotebookRunner
{
    private const string CellMarker = "##cell:";
    private const string ImageMarker = "##png:";

    public static JsonObject Load(string path) => (JsonObject)JsonNode.Parse(File.ReadAllText(path))!;

    /// <summary>Runs every code cell in order.</summary>
    /// <param name="notebookPath">The .ipynb file.</param>
    /// <param name="projects">The projects the cells may use.</param>
    /// <returns>The run.</returns>
    public static NotebookRun Run(string notebookPath, IEnumerable<string> projects)
    {
        var notebook = Load(notebookPath);
        var folder = Directory.CreateTempSubdirectory("notebook-").FullName;
        var program = Path.Combine(folder, Path.GetFileNameWithoutExtension(notebookPath).Replace('-', '_') + ".cs");
        File.WriteAllText(program, ToProgram(notebook, projects));

        var start = new ProcessStartInfo("dotnet", ["run", program])
        {
            // Notebooks read files relative to their own folder, as the kernel does.
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new NotebookRun(process.ExitCode, Parse(output), errors.Result + (process.ExitCode != 0 ? "\n" + output : string.Empty));
    }

    /// <summary>Writes the outputs of a run into the notebook, as the kernel would have.</summary>
    /// <param name="notebookPath">The .ipynb file.</param>
    /// <param name="run">A successful run of it.</param>
    public static void WriteOutputs(string notebookPath, NotebookRun run)
    {
        var notebook = Load(notebookPath);
        var cells = (JsonArray)notebook["cells"]!;
        var count = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = (JsonObject)cells[i]!;
            if ((string?)cell["cell_type"] != "code")
            {
                continue;
            }

            var outputs = new JsonArray();
            if (run.Cells.FirstOrDefault(c => c.Cell == i) is { } result)
            {
                if (result.Text.Length > 0)
                {
                    outputs.Add(new JsonObject
                    {
                        ["name"] = "stdout",
                        ["output_type"] = "stream",
                        ["text"] = new JsonArray([.. SplitLines(result.Text).Select(l => (JsonNode)l)]),
                    });
                }

                foreach (var image in result.Images)
                {
                    outputs.Add(new JsonObject
                    {
                        ["data"] = new JsonObject { ["image/png"] = Convert.ToBase64String(image) },
                        ["metadata"] = new JsonObject(),
                        ["output_type"] = "display_data",
                    });
                }
            }

            cell["execution_count"] = ++count;
            cell["outputs"] = outputs;
        }

        File.WriteAllText(notebookPath, notebook.ToJsonString(new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }

    private static string ToProgram(JsonObject notebook, IEnumerable<string> projects)
    {
        var usings = new SortedSet<string>(StringComparer.Ordinal);
        var body = new StringBuilder();
        var cells = (JsonArray)notebook["cells"]!;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i]!;
            if ((string?)cell["cell_type"] != "code")
            {
                continue;
            }

            body.AppendLine($"System.Console.WriteLine(\"{CellMarker}{i}\");");
            foreach (var line in Source(cell).Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.StartsWith("#r ", StringComparison.Ordinal) || trimmed.StartsWith("#!", StringComparison.Ordinal))
                {
                    continue;
                }

                if (trimmed.StartsWith("using ", StringComparison.Ordinal) && trimmed.EndsWith(';') && !trimmed.Contains('(', StringComparison.Ordinal))
                {
                    usings.Add(trimmed);
                    continue;
                }

                body.AppendLine(line);
            }
        }

        var program = new StringBuilder();
        foreach (var project in projects)
        {
            program.AppendLine($"#:project {Path.GetFullPath(project)}");
        }

        program.AppendLine("#:property TreatWarningsAsErrors=false");

        // File-based apps default to native AOT, which turns off the code generation ML.NET needs.
        program.AppendLine("#:property PublishAot=false");
        program.AppendLine("#:property Nullable=enable");
        foreach (var line in usings)
        {
            program.AppendLine(line);
        }

        program.Append(body);
        program.AppendLine($$"""
            static void display(object? value)
            {
                switch (value)
                {
                    case byte[] png when png.Length > 4 && png[0] == 0x89 && png[1] == 0x50:
                        System.Console.WriteLine("{{ImageMarker}}" + System.Convert.ToBase64String(png));
                        break;
                    case string text:
                        System.Console.WriteLine(text);
                        break;
                    case System.Collections.IEnumerable items:
                        foreach (var item in items)
                        {
                            System.Console.WriteLine(item);
                        }

                        break;
                    default:
                        System.Console.WriteLine(value);
                        break;
                }
            }
            """);
        return program.ToString();
    }

    private static List<CellOutput> Parse(string output)
    {
        var cells = new List<CellOutput>();
        int? cell = null;
        var text = new StringBuilder();
        var images = new List<byte[]>();
        void Flush()
        {
            if (cell is { } index)
            {
                cells.Add(new CellOutput(index, text.ToString(), [.. images]));
            }

            text.Clear();
            images.Clear();
        }

        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith(CellMarker, StringComparison.Ordinal))
            {
                Flush();
                cell = int.Parse(line[CellMarker.Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith(ImageMarker, StringComparison.Ordinal))
            {
                images.Add(Convert.FromBase64String(line[ImageMarker.Length..].Trim()));
            }
            else if (cell is not null)
            {
                text.Append(line.TrimEnd('\r')).Append('\n');
            }
        }

        Flush();
        return [.. cells.Select(c => c with { Text = c.Text.TrimEnd('\n') })];
    }

    private static string Source(JsonNode cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value => (string?)value ?? string.Empty,
        _ => string.Empty,
    };

    private static IEnumerable<string> SplitLines(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            yield return i < lines.Length - 1 ? lines[i] + "\n" : lines[i];
        }
    }
}
