using System.Globalization;

namespace Classifier.Training;

/// <summary>Where a training run is, reported as each fold or fit starts.</summary>
/// <param name="Task">The model being worked on: <c>event</c> or <c>claim</c>.</param>
/// <param name="Candidate">One-based number of the candidate, or 0 for the final fit.</param>
/// <param name="Candidates">Number of candidates for this model.</param>
/// <param name="Fold">One-based number of the fold, or 0 for the final fit.</param>
/// <param name="Folds">Number of folds.</param>
/// <param name="Description">The candidate, in words.</param>
/// <param name="Elapsed">Time since training started.</param>
/// <param name="Detail">Progress within the fit, such as a neural model's epoch and loss, or <see langword="null"/> as a fit starts.</param>
public sealed record TrainingProgress(string Task, int Candidate, int Candidates, int Fold, int Folds, string Description, TimeSpan Elapsed, string? Detail = null)
{
    /// <summary>One line such as "[event 2/10, fold 3/5, 00:41] LbfgsMaximumEntropy (IndonesianStem, words 1-2, chars 1-4, Tf)".</summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var elapsed = Elapsed.ToString(@"mm\:ss", CultureInfo.InvariantCulture);
        var detail = Detail is null ? string.Empty : $": {Detail}";
        return Candidate == 0
            ? $"[{Task} final fit, {elapsed}] {Description}{detail}"
            : $"[{Task} {Candidate}/{Candidates}, fold {Fold}/{Folds}, {elapsed}] {Description}{detail}";
    }
}
