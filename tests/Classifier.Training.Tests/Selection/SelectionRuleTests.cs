using Classifier.Training.Selection;

namespace Classifier.Training.Tests.Selection;

public class SelectionRuleTests
{
    private static CandidateResult Result(string trainer, double mean, double stdDev) =>
        new("event", trainer, TrainingOptions.Default.Featurizer, "macro-F1", mean, stdDev, [mean, mean, mean, mean, mean], 1.0, 1024);

    [Fact]
    public void Choose_VariantWithinOneStandardError_KeepsTheEarlierDefault()
    {
        // Standard error of the best: 0.023 / sqrt(5) = 0.0103, so the bar is 0.7317.
        var index = SelectionRule.Choose([Result("Sdca", 0.726, 0.02), Result("Default", 0.740, 0.022), Result("Variant", 0.742, 0.023)]);

        index.ShouldBe(1);
    }

    [Fact]
    public void Choose_VariantClearlyBetter_Wins()
    {
        var index = SelectionRule.Choose([Result("Default", 0.70, 0.02), Result("Variant", 0.76, 0.01)]);

        index.ShouldBe(1);
    }

    [Fact]
    public void Choose_NoCandidates_Throws()
    {
        Should.Throw<ArgumentException>(() => SelectionRule.Choose([]));
    }

    [Fact]
    public void Bar_Best_IsItsMeanMinusItsStandardError()
    {
        SelectionRule.Bar([Result("A", 0.80, 0.05), Result("B", 0.70, 0.0)]).ShouldBe(0.80 - (0.05 / Math.Sqrt(5)), 1e-12);
    }
}
