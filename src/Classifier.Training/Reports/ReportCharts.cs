using System.Globalization;
using Classifier.Training.Evaluation;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Classifier.Training.Reports;

/// <summary>Draws the report's charts with ScottPlot as PNG images.</summary>
public static class ReportCharts
{
    private const int Width = 720;
    private const int Height = 480;

    /// <summary>The confusion matrix as a heat map, gold labels down, predicted across, each cell with its count.</summary>
    /// <param name="confusion">The confusion matrix.</param>
    /// <returns>A PNG image.</returns>
    public static byte[] ConfusionHeatmap(ConfusionMatrix confusion)
    {
        ArgumentNullException.ThrowIfNull(confusion);
        var n = confusion.Labels.Count;

        // Colour by the share of each gold row, so small classes are as readable as large ones.
        var shares = new double[n, n];
        for (var g = 0; g < n; g++)
        {
            var total = Math.Max(1, confusion.Counts[g].Sum());
            for (var p = 0; p < n; p++)
            {
                shares[g, p] = (double)confusion.Counts[g][p] / total;
            }
        }

        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(shares);
        heatmap.Colormap = new ScottPlot.Colormaps.Blues();
        plot.Add.ColorBar(heatmap).Label = "share of gold row";
        for (var g = 0; g < n; g++)
        {
            for (var p = 0; p < n; p++)
            {
                // Heat-map rows run from the top, so gold row g sits at y = n - 1 - g.
                var label = plot.Add.Text(confusion.Counts[g][p].ToString(CultureInfo.InvariantCulture), p, n - 1 - g);
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelFontSize = 16;
                label.LabelBold = true;
                // This colour map runs from dark (low) to light (high), so the text flips to stay readable.
                label.LabelFontColor = shares[g, p] > 0.5 ? Colors.Black : Colors.White;
            }
        }

        var positions = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.TickGenerator = new NumericManual(positions, [.. confusion.Labels.Select(Short)]);
        plot.Axes.Left.TickGenerator = new NumericManual(positions, [.. confusion.Labels.Reverse().Select(Short)]);
        plot.XLabel("predicted");
        plot.YLabel("gold");
        plot.Title("Event label confusion matrix");
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>A precision-recall or ROC curve with the operating threshold marked.</summary>
    /// <param name="points">The curve.</param>
    /// <param name="threshold">The model's threshold, marked on the curve.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="xLabel">The x-axis label.</param>
    /// <param name="yLabel">The y-axis label.</param>
    /// <param name="diagonal">Whether to draw the chance diagonal (for ROC).</param>
    /// <returns>A PNG image.</returns>
    public static byte[] Curve(IReadOnlyList<CurvePoint> points, double threshold, string title, string xLabel, string yLabel, bool diagonal)
    {
        ArgumentNullException.ThrowIfNull(points);
        var plot = new Plot();
        if (diagonal)
        {
            var chance = plot.Add.Line(0, 0, 1, 1);
            chance.LinePattern = LinePattern.Dashed;
            chance.Color = Colors.Gray;
            chance.LegendText = "chance";
        }

        var curve = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
        curve.MarkerSize = 0;
        curve.LineWidth = 2;
        curve.LegendText = "claim model";

        // The operating point: the curve point of the lowest threshold still at or above the model's.
        var operating = points.Where(p => p.Threshold >= threshold).MinBy(p => p.Threshold);
        if (operating is not null)
        {
            var marker = plot.Add.Marker(operating.X, operating.Y);
            marker.MarkerSize = 12;
            marker.Color = Colors.Red;
            marker.LegendText = $"threshold {threshold.ToString("0.00", CultureInfo.InvariantCulture)}";
        }

        plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.02);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.Title(title);
        plot.ShowLegend(Alignment.LowerRight);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>A reliability diagram: observed frequency against mean confidence per bin, with the diagonal of perfect calibration.</summary>
    /// <param name="calibration">The bins.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="xLabel">What the confidence is.</param>
    /// <param name="yLabel">What is observed.</param>
    /// <returns>A PNG image.</returns>
    public static byte[] Reliability(Calibration calibration, string title, string xLabel, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        var plot = new Plot();
        var perfect = plot.Add.Line(0, 0, 1, 1);
        perfect.LinePattern = LinePattern.Dashed;
        perfect.Color = Colors.Gray;
        perfect.LegendText = "perfect calibration";

        var bins = calibration.Bins.Where(b => b.Count > 0).ToList();
        var bars = plot.Add.Bars(bins.Select(b => new Bar
        {
            Position = (b.Lower + b.Upper) / 2,
            Value = b.Observed,
            Size = (b.Upper - b.Lower) * 0.9,
            FillColor = Colors.SteelBlue.WithAlpha(0.35),
            LineColor = Colors.SteelBlue,
        }).ToList());
        bars.LegendText = "observed, per confidence bin";

        var means = plot.Add.Scatter(bins.Select(b => b.MeanConfidence).ToArray(), bins.Select(b => b.Observed).ToArray());
        means.LineWidth = 2;
        means.MarkerSize = 7;
        means.LegendText = "at the bin's mean confidence";

        plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.02);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.Title($"{title} (ECE {calibration.ExpectedCalibrationError.ToString("0.000", CultureInfo.InvariantCulture)})");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    // Tick labels stay short enough to sit side by side under a 720-pixel chart.
    private static string Short(string label) => label == EventLabels.MilitaryCooperation ? "military_coop" : label;
}
