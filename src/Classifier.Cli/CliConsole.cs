using Spectre.Console;

namespace Classifier.Cli;

/// <summary>Where commands write: a console for people, a plain writer for machine formats, and stderr.</summary>
/// <param name="Console">Tables and colour for people.</param>
/// <param name="Out">Plain standard output for JSON, JSON lines and CSV.</param>
/// <param name="Error">Standard error for progress and error lines.</param>
public sealed record CliConsole(IAnsiConsole Console, TextWriter Out, TextWriter Error)
{
    /// <summary>The process's own console.</summary>
    /// <returns>A console writing to the process's standard streams.</returns>
    public static CliConsole FromProcess() =>
        new(AnsiConsole.Console, System.Console.Out, System.Console.Error);

    /// <summary>Writes one error line to stderr.</summary>
    /// <param name="message">The problem, naming the file and line where there is one.</param>
    public void WriteError(string message) => Error.WriteLine($"error: {message}");
}
