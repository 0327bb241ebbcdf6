namespace Classifier.Cli;

/// <summary>The process exit codes, listed in <c>--help</c>.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 1;

    /// <summary>An input file or folder is missing, empty, binary or malformed.</summary>
    public const int BadInput = 2;

    /// <summary>The models are missing, corrupt or do not fit this version.</summary>
    public const int BadModel = 3;

    /// <summary>Writing output failed.</summary>
    public const int OutputFailed = 4;

    /// <summary>A trainer cannot run on this machine (libtorch does not load).</summary>
    public const int TrainerUnavailable = 5;

    /// <summary>The user cancelled (Ctrl+C) before the work finished; nothing was written.</summary>
    public const int Cancelled = 130;

    /// <summary>The text listed in the root command's help.</summary>
    public const string Help = "Exit codes: 0 success, 1 usage error, 2 bad input (missing, empty, binary or malformed file), 3 missing or corrupt model, 4 output could not be written, 5 a trainer cannot run on this machine, 130 cancelled.";
}
