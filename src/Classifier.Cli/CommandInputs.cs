using Classifier.Training.Data;

namespace Classifier.Cli;

/// <summary>Loading steps shared by commands, each turning a failure into one error line and an exit code.</summary>
internal static class CommandInputs
{
    /// <summary>Reads labeled data; on failure writes the error and returns the exit code.</summary>
    public static int? TryReadData(CliConsole console, IReadOnlyList<string> files, out IReadOnlyList<LabeledExample> examples)
    {
        try
        {
            examples = LabeledDataReader.Read(files);
            return null;
        }
        catch (DataFormatException ex)
        {
            console.WriteError(ex.Message);
            examples = [];
            return ExitCodes.BadInput;
        }
    }

    /// <summary>Loads the models; on failure writes the error and returns the exit code.</summary>
    public static int? TryLoadModels(CliConsole console, string? directory, out SentenceClassifier? classifier)
    {
        try
        {
            classifier = SentenceClassifier.Load(ModelLocator.Resolve(directory));
            return null;
        }
        catch (ModelLoadException ex)
        {
            console.WriteError(ex.Message);
            classifier = null;
            return ExitCodes.BadModel;
        }
    }
}
