using Classifier.Training;

namespace Classifier.Cli;

/// <summary>
/// Writes each training progress report as one line, at once. <see cref="Progress{T}"/> would post
/// to the thread pool; training reports from one thread and wants its lines in order.
/// </summary>
/// <param name="writer">Where the lines go, normally standard error.</param>
internal sealed class LineProgress(TextWriter writer) : IProgress<TrainingProgress>
{
    /// <inheritdoc/>
    public void Report(TrainingProgress value) => writer.WriteLine(value.ToString());
}
