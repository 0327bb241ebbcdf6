using Classifier.Training.Evaluation;

namespace Classifier.Training.Tests.Evaluation;

public class CurvesTests
{
    private static readonly (bool Gold, double Score)[] Scored = [(true, 0.9), (false, 0.8), (true, 0.7), (false, 0.3)];

    [Fact]
    public void PrecisionRecall_Scores_OnePointPerThresholdFromHighToLow()
    {
        var points = Curves.PrecisionRecall(Scored);

        points.Select(p => (p.Threshold, p.X, p.Y)).ShouldBe([(0.9, 0.5, 1.0), (0.8, 0.5, 0.5), (0.7, 1.0, 2.0 / 3), (0.3, 1.0, 0.5)]);
    }

    [Fact]
    public void Roc_Scores_RunsFromOriginToOne()
    {
        var points = Curves.Roc(Scored);

        points.First().ShouldBe(new CurvePoint(double.PositiveInfinity, 0, 0));
        points.Last().X.ShouldBe(1.0);
        points.Last().Y.ShouldBe(1.0);
        points.Select(p => p.X).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public void Roc_TiedScores_MoveTogether()
    {
        var points = Curves.Roc([(true, 0.5), (false, 0.5)]);

        points.Select(p => (p.X, p.Y)).ShouldBe([(0.0, 0.0), (1.0, 1.0)]);
    }

    [Fact]
    public void Calibrate_OverconfidentPredictions_ReportsTheGap()
    {
        // Ten predictions at 0.95 confidence, half of them right: a gap of 0.45.
        var predictions = Enumerable.Range(0, 10).Select(i => (0.95, i % 2 == 0));

        var calibration = Curves.Calibrate(predictions);

        calibration.ExpectedCalibrationError.ShouldBe(0.45, tolerance: 1e-9);
        var bin = calibration.Bins.Single(b => b.Count > 0);
        (bin.Lower, bin.Upper, bin.Observed).ShouldBe((0.9, 1.0, 0.5));
        calibration.Bins.Count.ShouldBe(10);
    }

    [Fact]
    public void Calibrate_ConfidenceOfOne_FallsInTheLastBin()
    {
        Curves.Calibrate([(1.0, true)]).Bins[^1].Count.ShouldBe(1);
    }
}
