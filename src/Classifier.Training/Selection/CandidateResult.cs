namespace Classifier.Training.Selection;

/// <summary>One model candidate as cross-validation measured it.</summary>
/// <param name="Task">The model it is a candidate for: <c>event</c> or <c>claim</c>.</param>
/// <param name="Trainer">The trainer (see <see cref="TrainerNames"/>).</param>
/// <param name="Featurizer">The featurizer settings.</param>
/// <param name="Metric">The score it was ranked by: macro-F1 for events, F1 of the claim class at 0.5 for claims.</param>
/// <param name="Mean">The metric's mean over the folds.</param>
/// <param name="StdDev">The metric's standard deviation over the folds.</param>
/// <param name="FoldScores">The metric on each fold.</param>
/// <param name="FitSeconds">Mean time to fit one fold's model, in seconds.</param>
/// <param name="ModelBytes">Size of a saved fold model, in bytes.</param>
public sealed record CandidateResult(
    string Task,
    string Trainer,
    FeaturizerSettings Featurizer,
    string Metric,
    double Mean,
    double StdDev,
    IReadOnlyList<double> FoldScores,
    double FitSeconds,
    long ModelBytes);
