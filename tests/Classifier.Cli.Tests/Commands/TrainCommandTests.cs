using Classifier.Cli.Commands;

namespace Classifier.Cli.Tests.Commands;

public class TrainCommandTests
{
    [Fact]
    public void Train_SmallData_WritesModelsAndPrintsMetrics()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "data", "train.tsv"));
        var data = Path.Combine(Directory.CreateTempSubdirectory().FullName, "small.tsv");
        File.WriteAllLines(data, lines.Take(300));
        var output = Path.Combine(Directory.CreateTempSubdirectory().FullName, "models");
        var console = new TestConsole();

        console.Run("train", "--data", data, "--out", output, "--seed", "7", "--quick", "--folds", "3").ShouldBe(ExitCodes.Success);

        console.Table.ShouldContain("macro-F1");
        console.Table.ShouldContain("Event model candidates");
        console.Error.ToString().ShouldContain("[event 1/1, fold 3/3");
        console.Error.ToString().ShouldContain("[claim final fit");
        SentenceClassifier.Load(output).Manifest.Seed.ShouldBe(7);
        File.ReadAllText(Path.Combine(output, "leaderboard.md")).ShouldContain("| 1 | **SdcaMaximumEntropy** |");
    }

    [Fact]
    public void Train_TorchTrainer_TrainsSavesAndEvaluatesANeuralModel()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory().FullName, "models");
        var report = Path.Combine(Directory.CreateTempSubdirectory().FullName, "report");
        var console = new TestConsole();

        console.Run("train", "--data", Path.Combine(RepoPaths.Root, "data", "train.tsv"), "--out", output, "--trainer", "torch").ShouldBe(ExitCodes.Success);

        console.Error.ToString().ShouldContain("TorchFastText (stem+cues w1-2 c3-6 Embedding): epoch 6/6, loss ");
        console.Error.ToString().ShouldContain("validation macro-F1 ");
        var manifest = SentenceClassifier.Load(output).Manifest;
        (manifest.EventModel.File, manifest.ClaimModel.File).ShouldBe(("event.nn", "claim.nn"));
        manifest.Metrics.EventMacroF1.ShouldBeGreaterThan(0.6);
        File.ReadAllText(Path.Combine(output, "leaderboard.md")).ShouldContain("| 1 | **TorchFastText** | stem+cues w1-2 c3-6 Embedding |");

        var evaluate = new TestConsole();
        evaluate.Run("evaluate", "--data", Path.Combine(RepoPaths.Root, "data", "test.tsv"), "--models", output, "--report", report).ShouldBe(ExitCodes.Success);
        File.ReadAllText(Path.Combine(report, "report.md")).ShouldContain("TorchFastText");
    }

    [Fact]
    public void Train_MalformedData_FailsAndWritesNothing()
    {
        var data = Path.Combine(Directory.CreateTempSubdirectory().FullName, "bad.tsv");
        File.WriteAllText(data, "text\tlabel\tclaim\nSatu.\tother\t2\n");
        var output = Path.Combine(Directory.CreateTempSubdirectory().FullName, "models");
        var console = new TestConsole();

        console.Run("train", "--data", data, "--out", output).ShouldBe(ExitCodes.BadInput);

        console.Error.ToString().ShouldContain($"{data}:2: claim must be 1 or 0");
        Directory.Exists(output).ShouldBeFalse();
    }

    [Theory]
    [InlineData("lbfgs", "LbfgsMaximumEntropy", "LbfgsLogisticRegression")]
    [InlineData("fasttree", "FastTreeOva", "FastTree")]
    [InlineData("torch", "TorchFastText", "TorchFastText")]
    public void Options_TrainerFamily_TrainsItAloneWithoutSearch(string family, string eventTrainer, string claimTrainer)
    {
        var options = TrainCommand.Options(seed: 3, folds: 4, quick: false, trainer: family);

        (options.Quick, options.EventTrainer, options.ClaimTrainer, options.Seed, options.Folds).ShouldBe((true, eventTrainer, claimTrainer, 3, 4));
    }

    [Fact]
    public void Train_UnknownTrainer_IsUsageError()
    {
        var console = new TestConsole();

        console.Run("train", "--data", "x.tsv", "--out", "m", "--trainer", "svm").ShouldBe(ExitCodes.Usage);
    }

    [Fact]
    public void Train_OneFold_IsUsageError()
    {
        var console = new TestConsole();

        console.Run("train", "--data", "x.tsv", "--out", "m", "--folds", "1").ShouldBe(ExitCodes.Usage);

        console.Error.ToString().ShouldContain("--folds must be at least 2");
    }

    [Fact]
    public void Train_MissingOut_IsUsageError()
    {
        var console = new TestConsole();

        console.Run("train", "--data", "x.tsv").ShouldNotBe(ExitCodes.Success);
    }
}
