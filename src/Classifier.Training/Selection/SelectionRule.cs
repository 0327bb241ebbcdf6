namespace Classifier.Training.Selection;

/// <summary>
/// Picks the winner of a model search by the one-standard-error rule: the first candidate, in search
/// order, whose mean score is within one standard error of the best mean. The search measures the
/// default settings first and variants after them, so a variant wins only when it beats the default
/// by more than the folds' noise; near-ties (0.740 against 0.742 with a standard deviation of 0.02
/// over 5 folds) keep the simpler, default settings, which generalize at least as well.
/// </summary>
public static class SelectionRule
{
    /// <summary>The index of the winning candidate.</summary>
    /// <param name="searchOrder">The candidates in the order they were measured; at least one.</param>
    /// <returns>An index into <paramref name="searchOrder"/>.</returns>
    /// <exception cref="ArgumentException">There are no candidates.</exception>
    public static int Choose(IReadOnlyList<CandidateResult> searchOrder)
    {
        ArgumentNullException.ThrowIfNull(searchOrder);
        if (searchOrder.Count == 0)
        {
            throw new ArgumentException("a search needs at least one candidate", nameof(searchOrder));
        }

        var bar = Bar(searchOrder);
        for (var i = 0; i < searchOrder.Count; i++)
        {
            if (searchOrder[i].Mean >= bar)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>The lowest mean that still wins: the best mean minus its standard error (standard deviation over the square root of the number of folds).</summary>
    /// <param name="candidates">The candidates; at least one.</param>
    /// <returns>The bar.</returns>
    public static double Bar(IReadOnlyList<CandidateResult> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var best = candidates.MaxBy(r => r.Mean) ?? throw new ArgumentException("no candidates", nameof(candidates));
        return best.Mean - (best.StdDev / Math.Sqrt(Math.Max(1, best.FoldScores.Count)));
    }
}
