namespace Simulator.Statistics;

/// <summary>
/// The Nelson–Aalen estimate of the cumulative hazard (the expected number of failures a subject
/// would have accumulated by each day if failures could repeat), with Aalen's variance, as R's
/// <c>survfit(...)$cumhaz</c> and <c>$std.chaz</c>.
/// </summary>
public sealed record NelsonAalen
{
    private NelsonAalen(NelsonAalenPoint[] points) => Points = points;

    /// <summary>The cumulative hazard at every distinct time of the table.</summary>
    public IReadOnlyList<NelsonAalenPoint> Points { get; }

    /// <summary>Estimates the cumulative hazard from a risk table.</summary>
    public static NelsonAalen Estimate(SurvivalTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var points = new NelsonAalenPoint[table.Count];
        double hazard = 0, variance = 0;
        for (var i = 0; i < table.Count; i++)
        {
            double n = table.AtRisk[i], d = table.Events[i];
            hazard += d / n;
            variance += d / (n * n);
            points[i] = new NelsonAalenPoint(table.Times[i], hazard, Math.Sqrt(variance));
        }
        return new NelsonAalen(points);
    }

    /// <summary>The cumulative hazard at day <paramref name="day"/> (right-continuous step; 0 before the first time).</summary>
    public NelsonAalenPoint At(double day)
    {
        NelsonAalenPoint? last = null;
        int lo = 0, hi = Points.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Points[mid].Time <= day) { last = Points[mid]; lo = mid + 1; }
            else hi = mid - 1;
        }
        return last is null ? new NelsonAalenPoint(day, 0, 0) : last.Value with { Time = day };
    }
}
