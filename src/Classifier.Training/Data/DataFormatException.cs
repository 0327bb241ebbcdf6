namespace Classifier.Training.Data;

/// <summary>A data file breaks the interchange format. The message names the file and line.</summary>
public sealed class DataFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DataFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public DataFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DataFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a place in a file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="line">The one-based line number, or 0 for the file as a whole.</param>
    /// <param name="problem">What is wrong.</param>
    public DataFormatException(string file, int line, string problem)
        : base(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
    }

    /// <summary>The file with the problem.</summary>
    public string? File { get; }

    /// <summary>The one-based line with the problem, or 0 when the file as a whole is wrong.</summary>
    public int Line { get; }
}
