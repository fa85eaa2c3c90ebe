namespace Simulator.Statistics;

/// <summary>
/// The Kaplan–Meier estimate of the probability of lasting beyond each day, with Greenwood variance
/// and log-log confidence limits, computed as R's
/// <c>survfit(Surv(time, status) ~ 1, conf.type = "log-log")</c> does.
/// </summary>
public sealed partial record KaplanMeier
{
    private KaplanMeier(SurvivalTable table, double level, KaplanMeierPoint[] points)
    {
        Table = table;
        Level = level;
        Points = points;
    }

    /// <summary>The risk table the curve was computed from.</summary>
    public SurvivalTable Table { get; }

    /// <summary>Coverage of every interval, e.g. 0.95.</summary>
    public double Level { get; }

    /// <summary>The curve at every distinct time of <see cref="Table"/>.</summary>
    public IReadOnlyList<KaplanMeierPoint> Points { get; }

    /// <summary>Estimates the curve from a risk table.</summary>
    public static KaplanMeier Estimate(SurvivalTable table, double level = ConfidenceLevel.Default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var z = ConfidenceLevel.Z(level);
        var points = new KaplanMeierPoint[table.Count];
        var survival = 1.0;
        var greenwood = 0.0;
        var exhausted = false; // every subject at risk failed at some time: −log S is infinite from then on
        for (var i = 0; i < table.Count; i++)
        {
            long n = table.AtRisk[i], d = table.Events[i];
            if (d > 0)
            {
                survival *= 1 - (double)d / n;
                if (d == n) exhausted = true;
                else greenwood += d / ((double)n * (n - d));
            }
            var logSe = exhausted ? (double?)null : Math.Sqrt(greenwood);
            var se = exhausted ? 0 : survival * Math.Sqrt(greenwood);
            var (lower, upper) = LogLogInterval(survival, greenwood, z);
            points[i] = new KaplanMeierPoint(table.Times[i], n, d, table.Censored[i], survival, se, logSe, lower, upper);
        }
        return new KaplanMeier(table, level, points);
    }

    /// <summary>
    /// The curve at day <paramref name="day"/>: a right-continuous step function, so a failure at
    /// exactly that day counts as fallen; 1 with a zero-width interval before the first time.
    /// </summary>
    public SurvivalEstimate At(double day)
    {
        var i = LastIndexAtOrBefore(day);
        if (i < 0) return new SurvivalEstimate(day, 1, 0, 1, 1);
        var p = Points[i];
        return new SurvivalEstimate(day, p.Survival, p.StandardError, p.Lower, p.Upper);
    }

    // Index of the last point with Time ≤ day, −1 when there is none (binary search: tally tables
    // can have hundreds of thousands of rows).
    internal int LastIndexAtOrBefore(double day)
    {
        int lo = 0, hi = Points.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Points[mid].Time <= day) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    // R's survfit_confint for conf.type "log-log": a symmetric interval for log(−log S) with
    // se(log(−log S)) = se(log S)/|log S|, mapped back. Undefined (NA in R) at S = 0 and S = 1;
    // the degenerate interval is returned there so callers always get numbers in [0, 1].
    private static (double Lower, double Upper) LogLogInterval(double survival, double greenwood, double z)
    {
        if (survival <= 0) return (0, 0);
        if (survival >= 1) return (1, 1);
        var logS = Math.Log(survival);
        var half = z * Math.Sqrt(greenwood) / logS; // negative, as log S is
        var centre = Math.Log(-logS);
        return (Math.Exp(-Math.Exp(centre - half)), Math.Exp(-Math.Exp(centre + half)));
    }
}
