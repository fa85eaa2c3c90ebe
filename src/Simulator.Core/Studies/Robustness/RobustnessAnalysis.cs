namespace Simulator.Studies.Robustness;

/// <summary>
/// Robustness of regimes across plausible worlds (the points of a sample), as EMA Workbench's
/// robustness metrics: each regime's mean and percentiles of each measure, its regret against the
/// best regime of each world (mean, 90th percentile, maximum: minimax regret, Savage 1951) and the
/// share of worlds in which it meets a threshold (satisficing, Simon 1956). A world missing a
/// regime's value counts for neither that regime's figures nor the regret of others.
/// </summary>
public static class RobustnessAnalysis
{
    /// <summary>One row per regime and measure, regimes in the given order within each measure.</summary>
    /// <param name="regimes">Regime ids, one per column of each measure's values.</param>
    /// <param name="measures">The measures.</param>
    /// <param name="criteria">Thresholds, at most one per measure output, matched by <see cref="OutputOf"/>.</param>
    public static IReadOnlyList<RobustnessRow> Analyze(IReadOnlyList<string> regimes, IReadOnlyList<RobustnessMeasure> measures, IReadOnlyList<SatisficingCriterion> criteria)
    {
        ArgumentNullException.ThrowIfNull(regimes);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(criteria);
        var rows = new List<RobustnessRow>();
        foreach (var measure in measures)
        {
            var criterion = criteria.FirstOrDefault(c => c.Output == OutputOf(measure.Name));
            // The best regime's value in each world where every regime has one.
            var best = measure.Values.Select(w => w.All(double.IsFinite) ? (measure.HigherIsBetter ? w.Max() : w.Min()) : double.NaN).ToArray();
            for (var r = 0; r < regimes.Count; r++)
            {
                var values = measure.Values.Select(w => w[r]).Where(double.IsFinite).ToList();
                var regrets = measure.Values.Select((w, i) => measure.HigherIsBetter ? best[i] - w[r] : w[r] - best[i]).Where(double.IsFinite).ToList();
                rows.Add(new RobustnessRow(regimes[r], measure.Name, values.Count,
                    values.Count == 0 ? double.NaN : values.Average(),
                    Percentile.Of(values, 0.1), Percentile.Of(values, 0.5), Percentile.Of(values, 0.9),
                    values.Count == 0 ? double.NaN : values.Min(), values.Count == 0 ? double.NaN : values.Max(),
                    regrets.Count == 0 ? double.NaN : regrets.Average(), Percentile.Of(regrets, 0.9), regrets.Count == 0 ? double.NaN : regrets.Max(),
                    criterion is null || values.Count == 0 ? null : (double)values.Count(criterion.IsMet) / values.Count));
            }
        }
        return rows;
    }

    /// <summary>The criterion output a measure answers to: holds_365 → holds; others by their own name.</summary>
    public static string OutputOf(string measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.StartsWith("holds_", StringComparison.Ordinal) ? "holds" : measure;
    }

    /// <summary>
    /// The most robust regime of a measure under each criterion: highest mean (lowest for costs), lowest
    /// maximum regret, lowest mean regret and, with a threshold, the highest share of worlds meeting it.
    /// Ties go to the regime listed first.
    /// </summary>
    public static RobustnessVerdict Verdict(IReadOnlyList<RobustnessRow> rows, string measure, bool higherIsBetter)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var of = rows.Where(r => r.Measure == measure && r.Worlds > 0).ToList();
        if (of.Count == 0) return new RobustnessVerdict(measure, null, null, null, null);
        static RobustnessRow First(IEnumerable<RobustnessRow> ordered) => ordered.First();
        var byMean = First(higherIsBetter ? of.OrderByDescending(r => r.Mean) : of.OrderBy(r => r.Mean));
        var byMaxRegret = First(of.OrderBy(r => r.RegretMax));
        var byMeanRegret = First(of.OrderBy(r => r.RegretMean));
        var bySatisficing = of.Any(r => r.Satisficed is not null) ? First(of.OrderByDescending(r => r.Satisficed ?? -1)) : null;
        return new RobustnessVerdict(measure, byMean, byMaxRegret, byMeanRegret, bySatisficing);
    }
}
