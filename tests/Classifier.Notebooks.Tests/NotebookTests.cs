namespace Classifier.Notebooks.Tests;

/// <summary>
/// Runs every notebook's code cells against the current code. Set UPDATE_NOTEBOOKS=1 to write the
/// outputs back into the notebooks, as committed.
/// </summary>
public class NotebookTests
{
    private static readonly string[] Projects =
    [
        Path.Combine(RepoPaths.Root, "src", "Classifier", "Classifier.csproj"),
        Path.Combine(RepoPaths.Root, "src", "Classifier.Training", "Classifier.Training.csproj"),
    ];

    [Theory]
    [InlineData("01-explore-data.ipynb")]
    [InlineData("02-train-and-evaluate.ipynb")]
    [InlineData("03-classify-an-article.ipynb")]
    public void Notebook_EveryCell_RunsWithoutError(string name)
    {
        var path = Path.Combine(RepoPaths.Root, "notebooks", name);
        var codeCells = NotebookRunner.Load(path)["cells"]!.AsArray().Count(c => (string?)c!["cell_type"] == "code");

        var run = NotebookRunner.Run(path, Projects);

        run.ExitCode.ShouldBe(0, $"{name} failed in cell {run.Cells.LastOrDefault()?.Cell}:\n{run.Errors}");
        run.Cells.Count.ShouldBe(codeCells);
        if (Environment.GetEnvironmentVariable("UPDATE_NOTEBOOKS") == "1")
        {
            NotebookRunner.WriteOutputs(path, run);
        }
    }
}
