using Simulator.Engine.Tallies;
using Simulator.Statistics;

namespace Simulator.Results.Curves;

/// <summary>
/// One regime's survival curve reduced to what the outputs show: survival.csv's bounded rows (at most
/// <see cref="SurvivalGrid.MaxRows"/> and a grid beyond) and the Nelson–Aalen hazard at the report
/// days. A curve has up to one row per tick of the horizon; the report keeps this instead, so its
/// memory does not grow with the distinct times. <see cref="FullRows"/> rebuilds every row from the
/// tally for <c>--survival full</c>.
/// </summary>
public sealed class SurvivalDigest
{
    private readonly SurvivalRow[] _rows;
    private readonly NelsonAalenPoint[] _hazard;

    private SurvivalDigest(SurvivalRow[] rows, int distinctTimes, NelsonAalenPoint[] hazard)
    {
        _rows = rows;
        DistinctTimes = distinctTimes;
        _hazard = hazard;
    }

    /// <summary>survival.csv's rows for <c>--survival bounded</c>.</summary>
    public IReadOnlyList<SurvivalRow> BoundedRows => _rows;

    /// <summary>Number of distinct times of the curve (the rows of <c>--survival full</c>).</summary>
    public int DistinctTimes { get; }

    /// <summary>True when <see cref="BoundedRows"/> lists every distinct time.</summary>
    public bool IsComplete => _rows.Length == DistinctTimes;

    /// <summary>The Nelson–Aalen cumulative hazard at each of the days given to <see cref="Of"/>, in that order.</summary>
    public IReadOnlyList<NelsonAalenPoint> HazardAtDays => _hazard;

    /// <summary>Reduces a curve: its bounded rows and its hazard at <paramref name="days"/>.</summary>
    public static SurvivalDigest Of(KaplanMeier curve, IReadOnlyList<double> days)
    {
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(days);
        var hazard = NelsonAalen.Estimate(curve.Table);
        var atDays = new NelsonAalenPoint[days.Count];
        for (var d = 0; d < atDays.Length; d++) atDays[d] = hazard.At(days[d]);
        return new SurvivalDigest([.. Rows(curve, hazard, everyTime: false)], curve.Points.Count, atDays);
    }

    /// <summary>
    /// Every distinct time's row of one regime's curve, rebuilt from its tally (one regime at a time:
    /// the caller writes them as they come).
    /// </summary>
    public static IEnumerable<SurvivalRow> FullRows(RegimeTally tally, long horizonTicks)
    {
        ArgumentNullException.ThrowIfNull(tally);
        if (tally.Trials == 0) return [];
        var curve = KaplanMeier.Estimate(SurvivalTable.FromTally(tally, horizonTicks));
        return Rows(curve, NelsonAalen.Estimate(curve.Table), everyTime: true);
    }

    private static IEnumerable<SurvivalRow> Rows(KaplanMeier curve, NelsonAalen hazard, bool everyTime)
    {
        foreach (var row in SurvivalGrid.Rows(curve.Table, everyTime))
        {
            var p = curve.Points[row.Index];
            var h = hazard.Points[row.Index];
            yield return new SurvivalRow(row.Day, row.AtRisk, row.Events, row.Censored, p.Survival, p.Lower, p.Upper, p.StandardError, h.CumulativeHazard, h.StandardError);
        }
    }
}
