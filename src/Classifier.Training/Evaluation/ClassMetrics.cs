namespace Classifier.Training.Evaluation;

/// <summary>Precision, recall and F1 of one class.</summary>
/// <param name="Precision">Share of predictions of the class that were right.</param>
/// <param name="Recall">Share of the class's examples that were found.</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
/// <param name="Support">Number of examples of the class.</param>
public sealed record ClassMetrics(double Precision, double Recall, double F1, int Support);

/// <summary>Quality of a multiclass prediction.</summary>
/// <param name="Accuracy">Share of examples labeled right.</param>
/// <param name="MacroF1">Mean F1 over the classes that occur in gold or predictions.</param>
/// <param name="PerClass">Metrics per class.</param>
/// <param name="Confusion">Counts of gold (rows) against predicted (columns) labels.</param>
public sealed record MulticlassMetrics(
    double Accuracy,
    double MacroF1,
    IReadOnlyDictionary<string, ClassMetrics> PerClass,
    ConfusionMatrix Confusion);

/// <summary>A confusion matrix.</summary>
/// <param name="Labels">The labels, in row and column order.</param>
/// <param name="Counts">Counts[gold][predicted].</param>
public sealed record ConfusionMatrix(IReadOnlyList<string> Labels, IReadOnlyList<IReadOnlyList<int>> Counts);

/// <summary>Quality of a binary prediction, for the positive class.</summary>
/// <param name="Accuracy">Share of examples flagged right.</param>
/// <param name="Precision">Share of positive predictions that were right.</param>
/// <param name="Recall">Share of positive examples found.</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
/// <param name="Auc">Area under the ROC curve of the score.</param>
public sealed record BinaryMetrics(double Accuracy, double Precision, double Recall, double F1, double Auc);
