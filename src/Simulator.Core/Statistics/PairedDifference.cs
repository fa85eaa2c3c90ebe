using Simulator.Engine.Tallies;

namespace Simulator.Statistics;

/// <summary>
/// How much a regime changes the truce's durability against the baseline, estimated from paired
/// trials (trial i of both ran on the same random numbers): per report day and at the horizon the
/// difference in probability of holding, and the difference in restricted mean days held up to the
/// horizon, each with a normal 95 % interval from the per-trial differences.
/// </summary>
/// <param name="Pairs">Number of paired trials.</param>
/// <param name="Days">One entry per report day, the horizon last.</param>
/// <param name="RestrictedMeanDifference">Mean of (regime − baseline) min(duration, horizon), days.</param>
/// <param name="RestrictedMeanStandardError">√(s²_d / n) of that difference, days.</param>
/// <param name="RestrictedMeanLower">Lower limit, days.</param>
/// <param name="RestrictedMeanUpper">Upper limit, days.</param>
/// <param name="RestrictedMeanVarianceReduction">(s²_regime + s²_baseline) / s²_d for min(duration,
/// horizon); null when s²_d = 0.</param>
public sealed record PairedDifference(
    long Pairs,
    IReadOnlyList<PairedHoldingDifference> Days,
    double RestrictedMeanDifference,
    double RestrictedMeanStandardError,
    double RestrictedMeanLower,
    double RestrictedMeanUpper,
    double? RestrictedMeanVarianceReduction)
{
    /// <summary>The entry at the horizon.</summary>
    public PairedHoldingDifference Horizon => Days[^1];

    /// <summary>
    /// Computes the comparison from the paired tally and the two regimes' own tallies (which give
    /// the unpaired variances for the variance-reduction factor).
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two pairs, or tallies of different sizes.</exception>
    public static PairedDifference Compute(PairedTally paired, RegimeTally regime, RegimeTally baseline, double level = ConfidenceLevel.Default)
    {
        ArgumentNullException.ThrowIfNull(paired);
        ArgumentNullException.ThrowIfNull(regime);
        ArgumentNullException.ThrowIfNull(baseline);
        var n = paired.Pairs;
        if (n < 2) throw new ArgumentException($"A paired interval needs at least 2 pairs; the tally has {n}.", nameof(paired));
        if (regime.Trials != n || baseline.Trials != n)
        {
            throw new ArgumentException($"The paired tally has {n} pairs but the regime has {regime.Trials} trials and the baseline {baseline.Trials}; pass the tallies of the same run.", nameof(regime));
        }
        var z = ConfidenceLevel.Z(level);

        var days = new PairedHoldingDifference[paired.DayTicks.Count];
        for (var i = 0; i < days.Length; i++)
        {
            long both = paired.Count(i, true, true), onlyRegime = paired.Count(i, true, false), onlyBaseline = paired.Count(i, false, true);
            long regimeHolds = both + onlyRegime, baselineHolds = both + onlyBaseline;
            // Sample variances with n − 1, written as (n·Σx² − (Σx)²) / (n(n − 1)) in exact integers.
            var varRegime = SampleVariance(n, regimeHolds, regimeHolds);
            var varBaseline = SampleVariance(n, baselineHolds, baselineHolds);
            var varDiff = SampleVariance(n, onlyRegime - onlyBaseline, onlyRegime + onlyBaseline);
            var mean = (double)(onlyRegime - onlyBaseline) / n;
            var se = Math.Sqrt(varDiff / n);
            days[i] = new PairedHoldingDifference(
                TimeResolution.ToDays(paired.DayTicks[i]),
                (double)regimeHolds / n,
                (double)baselineHolds / n,
                mean,
                se,
                mean - z * se,
                mean + z * se,
                varDiff > 0 ? (varRegime + varBaseline) / varDiff : null);
        }

        const double ticksPerDaySquared = TimeResolution.TicksPerDay * (double)TimeResolution.TicksPerDay;
        var rmDiff = (double)paired.DifferenceSum / n / TimeResolution.TicksPerDay;
        var rmVarDiff = SampleVariance(n, paired.DifferenceSum, paired.DifferenceSquaresSum) / ticksPerDaySquared;
        var rmVarRegime = SampleVariance(n, regime.DurationTicksSum, regime.DurationTicksSquaresSum) / ticksPerDaySquared;
        var rmVarBaseline = SampleVariance(n, baseline.DurationTicksSum, baseline.DurationTicksSquaresSum) / ticksPerDaySquared;
        var rmSe = Math.Sqrt(rmVarDiff / n);
        return new PairedDifference(
            n,
            days,
            rmDiff,
            rmSe,
            rmDiff - z * rmSe,
            rmDiff + z * rmSe,
            rmVarDiff > 0 ? (rmVarRegime + rmVarBaseline) / rmVarDiff : null);
    }

    // (n·Σx² − (Σx)²) / (n(n − 1)), the numerator exact in 128-bit integers so that identical
    // inputs give exactly 0 and no cancellation error enters.
    private static double SampleVariance(long n, Int128 sum, Int128 sumOfSquares)
    {
        var numerator = n * sumOfSquares - sum * sum;
        return (double)numerator / ((double)n * (n - 1));
    }
}
