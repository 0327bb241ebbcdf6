namespace Classifier.Training;

/// <summary>A step of training, reported as it starts.</summary>
/// <param name="Step">One-based number of the step.</param>
/// <param name="Steps">Number of steps in all.</param>
/// <param name="Description">What the step does.</param>
public sealed record TrainingProgress(int Step, int Steps, string Description);
