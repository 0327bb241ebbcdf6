using Classifier.Training.Evaluation;

namespace Classifier.Training.Tests.Evaluation;

public class MetricsCalculatorTests
{
    [Fact]
    public void Multiclass_KnownCounts_GivesHandComputedMetrics()
    {
        string[] labels = ["a", "b", "c"];
        (string, string)[] pairs = [("a", "a"), ("a", "b"), ("b", "b"), ("b", "b"), ("c", "a")];

        var metrics = MetricsCalculator.Multiclass(labels, pairs);

        metrics.Accuracy.ShouldBe(0.6, 1e-9);
        metrics.PerClass["a"].ShouldBe(new ClassMetrics(0.5, 0.5, 0.5, 2));
        metrics.PerClass["b"].Precision.ShouldBe(2.0 / 3, 1e-9);
        metrics.PerClass["b"].Recall.ShouldBe(1.0);
        metrics.PerClass["c"].F1.ShouldBe(0);
        metrics.MacroF1.ShouldBe((0.5 + 0.8 + 0) / 3, 1e-9);
        metrics.Confusion.Counts[0].ShouldBe([1, 1, 0]);
        metrics.Confusion.Counts[2].ShouldBe([1, 0, 0]);
    }

    [Fact]
    public void Multiclass_AbsentClass_IsLeftOutOfMacroF1()
    {
        var metrics = MetricsCalculator.Multiclass(["a", "b", "c"], [("a", "a"), ("b", "b")]);

        metrics.MacroF1.ShouldBe(1.0);
    }

    [Fact]
    public void Binary_KnownCounts_GivesHandComputedMetrics()
    {
        (bool, double)[] examples = [(true, 0.9), (true, 0.4), (false, 0.6), (false, 0.1)];

        var metrics = MetricsCalculator.Binary(examples, 0.5);

        metrics.ShouldBe(new BinaryMetrics(0.5, 0.5, 0.5, 0.5, 0.75));
    }

    [Fact]
    public void Auc_TiedScores_CountHalf()
    {
        MetricsCalculator.Auc([(true, 0.5), (false, 0.5)]).ShouldBe(0.5);
        MetricsCalculator.Auc([(true, 0.9), (false, 0.1)]).ShouldBe(1.0);
    }

    [Fact]
    public void BestThreshold_SeparableScores_PicksACutBetweenTheClasses()
    {
        var examples = new[] { (false, 0.1), (false, 0.2), (false, 0.3), (true, 0.35), (true, 0.8), (true, 0.9) };

        var threshold = MetricsCalculator.BestThreshold(examples);

        threshold.ShouldBeInRange(0.31, 0.35);
        MetricsCalculator.Binary(examples, threshold).F1.ShouldBe(1.0);
    }

    [Fact]
    public void BestThreshold_FlatOptimum_StaysNearTheMiddle()
    {
        MetricsCalculator.BestThreshold([(false, 0.01), (true, 0.99)]).ShouldBe(0.5);
    }
}
