namespace Classifier.Training.Evaluation;

/// <summary>A point of a precision-recall or ROC curve, at one threshold.</summary>
/// <param name="Threshold">Scores at or above it count as positive.</param>
/// <param name="X">Recall (precision-recall) or false-positive rate (ROC).</param>
/// <param name="Y">Precision (precision-recall) or true-positive rate (ROC).</param>
public sealed record CurvePoint(double Threshold, double X, double Y);

/// <summary>One bin of a reliability diagram.</summary>
/// <param name="Lower">The bin's lowest confidence.</param>
/// <param name="Upper">The bin's highest confidence.</param>
/// <param name="Count">Predictions in the bin.</param>
/// <param name="MeanConfidence">Their mean confidence.</param>
/// <param name="Observed">The share of them that came true.</param>
public sealed record CalibrationBin(double Lower, double Upper, int Count, double MeanConfidence, double Observed);

/// <summary>A reliability diagram: how often predictions made with a given confidence come true.</summary>
/// <param name="Bins">Equal-width confidence bins; empty bins have a count of 0.</param>
/// <param name="ExpectedCalibrationError">The count-weighted mean gap between confidence and outcome.</param>
public sealed record Calibration(IReadOnlyList<CalibrationBin> Bins, double ExpectedCalibrationError);

/// <summary>Threshold curves and calibration of scored predictions.</summary>
public static class Curves
{
    /// <summary>The precision-recall curve, one point per distinct score, from the highest threshold down.</summary>
    /// <param name="examples">Gold flag and score per example.</param>
    /// <returns>The points; empty when there is no positive example.</returns>
    public static IReadOnlyList<CurvePoint> PrecisionRecall(IEnumerable<(bool Gold, double Score)> examples) =>
        Sweep(examples, (tp, fp, positives, _) => (Ratio(tp, positives), Ratio(tp, tp + fp)));

    /// <summary>The ROC curve, one point per distinct score, from (0, 0) to (1, 1).</summary>
    /// <param name="examples">Gold flag and score per example.</param>
    /// <returns>The points, starting with the point at an infinite threshold.</returns>
    public static IReadOnlyList<CurvePoint> Roc(IEnumerable<(bool Gold, double Score)> examples)
    {
        var points = Sweep(examples, (tp, fp, positives, negatives) => (Ratio(fp, negatives), Ratio(tp, positives)));
        return [new CurvePoint(double.PositiveInfinity, 0, 0), .. points];
    }

    /// <summary>Bins predictions by confidence and compares each bin's confidence with how often it came true.</summary>
    /// <param name="predictions">Confidence of each prediction and whether it came true.</param>
    /// <param name="bins">Number of equal-width bins over [0, 1].</param>
    /// <returns>The bins and the expected calibration error.</returns>
    public static Calibration Calibrate(IEnumerable<(double Confidence, bool Correct)> predictions, int bins = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        var list = predictions.ToList();
        var result = new List<CalibrationBin>(bins);
        double error = 0;
        for (var b = 0; b < bins; b++)
        {
            var lower = (double)b / bins;
            var upper = (double)(b + 1) / bins;

            // The last bin is closed on the right so a confidence of exactly 1 has a home.
            var members = list.Where(p => p.Confidence >= lower && (p.Confidence < upper || (b == bins - 1 && p.Confidence <= upper))).ToList();
            if (members.Count == 0)
            {
                result.Add(new CalibrationBin(lower, upper, 0, 0, 0));
                continue;
            }

            var confidence = members.Average(p => p.Confidence);
            var observed = members.Count(p => p.Correct) / (double)members.Count;
            error += members.Count * Math.Abs(confidence - observed);
            result.Add(new CalibrationBin(lower, upper, members.Count, confidence, observed));
        }

        return new Calibration(result, list.Count == 0 ? 0 : error / list.Count);
    }

    private static List<CurvePoint> Sweep(
        IEnumerable<(bool Gold, double Score)> examples,
        Func<int, int, int, int, (double X, double Y)> point)
    {
        var sorted = examples.OrderByDescending(e => e.Score).ToList();
        var positives = sorted.Count(e => e.Gold);
        var negatives = sorted.Count - positives;
        var points = new List<CurvePoint>();
        if (positives == 0)
        {
            return points;
        }

        int truePositives = 0, falsePositives = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (sorted[i].Gold)
            {
                truePositives++;
            }
            else
            {
                falsePositives++;
            }

            // Tied scores pass a threshold together, so a point is taken only after the last of them.
            if (i + 1 < sorted.Count && sorted[i + 1].Score == sorted[i].Score)
            {
                continue;
            }

            var (x, y) = point(truePositives, falsePositives, positives, negatives);
            points.Add(new CurvePoint(sorted[i].Score, x, y));
        }

        return points;
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
