using Spectre.Console;

namespace Classifier.Cli.Tests;

/// <summary>A CLI console whose three streams tests can read.</summary>
internal sealed class TestConsole
{
    private readonly StringWriter _table = new();

    public TestConsole()
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_table),
        });
        ansi.Profile.Width = 200;
        Console = new CliConsole(ansi, Out, Error);
    }

    public CliConsole Console { get; }

    public StringWriter Out { get; } = new();

    public StringWriter Error { get; } = new();

    public string Table => _table.ToString();

    public int RunWithInput(string stdin, params string[] args) => CliApp.Run(args, Console, new StringReader(stdin));

    public int Run(params string[] args) => RunWithInput(string.Empty, args);
}
