using Simulator.Engine.Tallies;

namespace Simulator.Statistics;

/// <summary>
/// Everything reported for one regime: how many trials collapsed, the probability of holding at each
/// report day and at the horizon, the quartiles of the time to collapse, the restricted mean days
/// held, a Weibull summary of the hazard's shape, and the causes of collapse.
/// </summary>
/// <param name="Trials">Trials run.</param>
/// <param name="Collapsed">Trials that collapsed before the horizon.</param>
/// <param name="CollapsedShare">Collapsed / Trials (0 when no trials).</param>
/// <param name="Survival">Kaplan–Meier survival at each report day, in the order given.</param>
/// <param name="AtHorizon">Survival at the horizon.</param>
/// <param name="Median">Median time to collapse; null parts mean not reached.</param>
/// <param name="Quartiles">25 %, 50 % and 75 % collapse quantiles.</param>
/// <param name="RestrictedMean">Restricted mean days held up to the horizon.</param>
/// <param name="Weibull">Censored Weibull fit (check its status).</param>
/// <param name="Causes">Every collapse cause, most frequent first (ties by id).</param>
public sealed record RegimeStatistics(
    long Trials,
    long Collapsed,
    double CollapsedShare,
    IReadOnlyList<SurvivalEstimate> Survival,
    SurvivalEstimate AtHorizon,
    SurvivalQuantile Median,
    IReadOnlyList<SurvivalQuantile> Quartiles,
    RestrictedMeanSurvival RestrictedMean,
    WeibullFit Weibull,
    IReadOnlyList<CauseCount> Causes)
{
    /// <summary>Computes the statistics of one regime's tally.</summary>
    /// <param name="tally">The regime's aggregate.</param>
    /// <param name="reportDays">Days at which to report survival.</param>
    /// <param name="horizonDays">The run's horizon: trials not collapsed are censored there.</param>
    public static RegimeStatistics Compute(RegimeTally tally, IReadOnlyList<double> reportDays, double horizonDays)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var km = KaplanMeier.Estimate(SurvivalTable.FromTally(tally, TimeResolution.ToTicks(horizonDays)));
        return Compute(tally, km, reportDays, horizonDays);
    }

    /// <summary>
    /// Computes the statistics from a curve already estimated from <paramref name="tally"/> (so a
    /// caller that also needs the curve builds it once: it has up to one row per tick of the horizon).
    /// </summary>
    public static RegimeStatistics Compute(RegimeTally tally, KaplanMeier km, IReadOnlyList<double> reportDays, double horizonDays)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(km);
        ArgumentNullException.ThrowIfNull(reportDays);
        var horizonTicks = TimeResolution.ToTicks(horizonDays);
        var table = km.Table;
        var quartiles = km.Quartiles;
        var horizon = TimeResolution.ToDays(horizonTicks);

        var causeTotals = new Dictionary<int, long>();
        foreach (var (key, count) in tally.EventsByTickAndCause)
        {
            causeTotals[RegimeTally.CauseOf(key)] = causeTotals.GetValueOrDefault(RegimeTally.CauseOf(key)) + count;
        }
        var causes = causeTotals.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
            .Select(kv => new CauseCount(kv.Key, kv.Value, (double)kv.Value / tally.Collapsed, (double)kv.Value / tally.Trials))
            .ToArray();

        return new RegimeStatistics(
            tally.Trials,
            tally.Collapsed,
            tally.Trials == 0 ? 0 : (double)tally.Collapsed / tally.Trials,
            reportDays.Select(km.At).ToArray(),
            km.At(horizon),
            quartiles[1],
            quartiles,
            km.RestrictedMean(horizon),
            WeibullFit.Fit(ForWeibull(table)),
            causes);
    }

    // A collapse recorded at tick 0 happened within the first half tick (durations are rounded to
    // ticks); log-time models cannot take t = 0, so such collapses are placed at the midpoint of that
    // rounding interval, a quarter tick. Every other time is untouched.
    private static SurvivalTable ForWeibull(SurvivalTable table) =>
        table.Count > 0 && table.Times[0] == 0 ? table.WithFirstTime(0.25 / TimeResolution.TicksPerDay) : table;
}
