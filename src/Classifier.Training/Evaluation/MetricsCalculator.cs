namespace Classifier.Training.Evaluation;

/// <summary>Computes classification metrics from gold and predicted values.</summary>
public static class MetricsCalculator
{
    /// <summary>Computes multiclass metrics.</summary>
    /// <param name="labels">All labels, in the order the confusion matrix uses.</param>
    /// <param name="pairs">Gold and predicted label per example.</param>
    /// <returns>Accuracy, macro-F1, per-class metrics and the confusion matrix.</returns>
    public static MulticlassMetrics Multiclass(IReadOnlyList<string> labels, IEnumerable<(string Gold, string Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var counts = new int[labels.Count, labels.Count];
        var total = 0;
        var correct = 0;
        foreach (var (gold, predicted) in pairs)
        {
            counts[index[gold], index[predicted]]++;
            total++;
            correct += gold == predicted ? 1 : 0;
        }

        var perClass = new Dictionary<string, ClassMetrics>(StringComparer.Ordinal);
        var f1s = new List<double>();
        for (var c = 0; c < labels.Count; c++)
        {
            var truePositives = counts[c, c];
            var support = Enumerable.Range(0, labels.Count).Sum(p => counts[c, p]);
            var predictedCount = Enumerable.Range(0, labels.Count).Sum(g => counts[g, c]);
            var precision = Ratio(truePositives, predictedCount);
            var recall = Ratio(truePositives, support);
            var f1 = F1(precision, recall);
            perClass[labels[c]] = new ClassMetrics(precision, recall, f1, support);
            if (support > 0 || predictedCount > 0)
            {
                f1s.Add(f1);
            }
        }

        var rows = Enumerable.Range(0, labels.Count)
            .Select(g => (IReadOnlyList<int>)Enumerable.Range(0, labels.Count).Select(p => counts[g, p]).ToArray())
            .ToArray();
        return new MulticlassMetrics(
            Ratio(correct, total),
            f1s.Count == 0 ? 0 : f1s.Average(),
            perClass,
            new ConfusionMatrix(labels, rows));
    }

    /// <summary>Computes binary metrics of the positive class.</summary>
    /// <param name="examples">Gold flag and score per example.</param>
    /// <param name="threshold">Score at or above which an example is predicted positive.</param>
    /// <returns>Accuracy, precision, recall, F1 and ROC AUC.</returns>
    public static BinaryMetrics Binary(IEnumerable<(bool Gold, double Score)> examples, double threshold)
    {
        var list = examples.ToList();
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0;
        foreach (var (gold, score) in list)
        {
            var predicted = score >= threshold;
            switch (gold, predicted)
            {
                case (true, true): truePositives++; break;
                case (false, true): falsePositives++; break;
                case (true, false): falseNegatives++; break;
                default: trueNegatives++; break;
            }
        }

        var precision = Ratio(truePositives, truePositives + falsePositives);
        var recall = Ratio(truePositives, truePositives + falseNegatives);
        return new BinaryMetrics(
            Ratio(truePositives + trueNegatives, list.Count),
            precision,
            recall,
            F1(precision, recall),
            Auc(list));
    }

    /// <summary>
    /// The threshold that maximizes the positive class's F1, searched over 0.05 to 0.95 in steps of
    /// 0.01; among equal F1 values the one nearest 0.5 wins, so a flat optimum stays near the middle.
    /// </summary>
    /// <param name="examples">Gold flag and score per example, from held-out predictions.</param>
    /// <returns>The threshold.</returns>
    public static double BestThreshold(IEnumerable<(bool Gold, double Score)> examples)
    {
        var list = examples.ToList();
        var best = 0.5;
        var bestF1 = -1.0;
        for (var step = 5; step <= 95; step++)
        {
            var threshold = step / 100.0;
            var f1 = Binary(list, threshold).F1;
            if (f1 > bestF1 + 1e-12 || (Math.Abs(f1 - bestF1) <= 1e-12 && Math.Abs(threshold - 0.5) < Math.Abs(best - 0.5)))
            {
                (best, bestF1) = (threshold, f1);
            }
        }

        return best;
    }

    /// <summary>
    /// ROC AUC as the probability that a random positive scores above a random negative
    /// (ties count half), computed from ranks.
    /// </summary>
    /// <param name="examples">Gold flag and score per example.</param>
    /// <returns>The AUC, or 0.5 when one class is absent.</returns>
    public static double Auc(IReadOnlyList<(bool Gold, double Score)> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var positives = examples.Count(e => e.Gold);
        var negatives = examples.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return 0.5;
        }

        var sorted = examples.OrderBy(e => e.Score).ToList();
        double positiveRankSum = 0;
        var i = 0;
        while (i < sorted.Count)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1].Score == sorted[i].Score)
            {
                j++;
            }

            // Tied scores share the mean of their ranks (ranks are 1-based).
            var meanRank = ((i + 1) + (j + 1)) / 2.0;
            for (var k = i; k <= j; k++)
            {
                if (sorted[k].Gold)
                {
                    positiveRankSum += meanRank;
                }
            }

            i = j + 1;
        }

        return (positiveRankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;

    private static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
