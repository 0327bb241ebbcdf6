namespace Classifier.Cli;

/// <summary>Finds the model folder: the one given, or the default models copied beside the app.</summary>
public static class ModelLocator
{
    /// <summary>The model folder to use.</summary>
    /// <param name="given">The folder from <c>--models</c>, if any.</param>
    /// <returns>A folder path.</returns>
    public static string Resolve(string? given) =>
        string.IsNullOrWhiteSpace(given) ? Path.Combine(AppContext.BaseDirectory, "models") : given;
}
