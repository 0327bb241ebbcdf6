using System.CommandLine;
using Classifier.Cli.Commands;

namespace Classifier.Cli;

/// <summary>Composes the command tree.</summary>
public static class CliApp
{
    /// <summary>Builds the root command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="stdin">Standard input.</param>
    /// <returns>The root command.</returns>
    public static RootCommand Build(CliConsole console, TextReader stdin) =>
        new($"Classifier: labels the sentences of (mostly Indonesian) news articles as accusation, denial, sanction, military_cooperation or other, and flags checkable claims.\n\n{ExitCodes.Help}")
        {
            ClassifyCommand.Create(console, stdin),
            TrainCommand.Create(console),
            EvaluateCommand.Create(console),
            AuditCommand.Create(console),
            LabelCommand.Create(console, stdin),
        };

    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="console">Where output goes.</param>
    /// <param name="stdin">Standard input.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, CliConsole console, TextReader stdin)
    {
        ArgumentNullException.ThrowIfNull(console);
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        return Build(console, stdin).Parse(args).Invoke(configuration);
    }
}
