namespace Simulator.Statistics;

/// <summary>
/// The Kaplan–Meier estimate of the probability of lasting beyond each day, with Greenwood variance
/// and log-log confidence limits, computed as R's
/// <c>survfit(Surv(time, status) ~ 1, conf.type = "log-log")</c> does.
/// </summary>
public sealed partial record KaplanMeier
{
    // One value per distinct time in flat arrays (the table holds the times and counts): a curve can
    // have a row per tick of the horizon, and a point is built only when asked for.
    private readonly double[] _survival;
    private readonly double[] _greenwood; // Σ d/(n(n−d)) up to each time
    private readonly double[] _lower;
    private readonly double[] _upper;
    private readonly int _exhaustedFrom; // first row from which every subject at risk has failed

    private KaplanMeier(SurvivalTable table, double level, double[] survival, double[] greenwood, double[] lower, double[] upper, int exhaustedFrom)
    {
        Table = table;
        Level = level;
        _survival = survival;
        _greenwood = greenwood;
        _lower = lower;
        _upper = upper;
        _exhaustedFrom = exhaustedFrom;
        Points = new PointList(this);
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
        var count = table.Count;
        var (survivals, greenwoods, lowers, uppers) = (new double[count], new double[count], new double[count], new double[count]);
        var survival = 1.0;
        var greenwood = 0.0;
        var exhaustedFrom = count; // every subject at risk failed at some time: −log S is infinite from then on
        for (var i = 0; i < count; i++)
        {
            long n = table.AtRiskAt(i), d = table.EventsAt(i);
            if (d > 0)
            {
                survival *= 1 - (double)d / n;
                if (d == n) exhaustedFrom = Math.Min(exhaustedFrom, i);
                else greenwood += d / ((double)n * (n - d));
            }
            survivals[i] = survival;
            greenwoods[i] = greenwood;
            (lowers[i], uppers[i]) = LogLogInterval(survival, greenwood, z);
        }
        return new KaplanMeier(table, level, survivals, greenwoods, lowers, uppers, exhaustedFrom);
    }

    // The point at row i, as the estimate computed it.
    private KaplanMeierPoint PointAt(int i)
    {
        var exhausted = i >= _exhaustedFrom;
        var survival = _survival[i];
        var logSe = exhausted ? (double?)null : Math.Sqrt(_greenwood[i]);
        var se = exhausted ? 0 : survival * Math.Sqrt(_greenwood[i]);
        return new KaplanMeierPoint(Table.TimeAt(i), Table.AtRiskAt(i), Table.EventsAt(i), Table.CensoredAt(i), survival, se, logSe, _lower[i], _upper[i]);
    }

    private sealed class PointList(KaplanMeier curve) : IReadOnlyList<KaplanMeierPoint>
    {
        public KaplanMeierPoint this[int index] => (uint)index < (uint)Count ? curve.PointAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public int Count => curve._survival.Length;

        public IEnumerator<KaplanMeierPoint> GetEnumerator()
        {
            for (var i = 0; i < Count; i++) yield return curve.PointAt(i);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>
    /// The curve at day <paramref name="day"/>: a right-continuous step function, so a failure at
    /// exactly that day counts as fallen; 1 with a zero-width interval before the first time.
    /// </summary>
    public SurvivalEstimate At(double day)
    {
        var i = LastIndexAtOrBefore(day);
        if (i < 0) return new SurvivalEstimate(day, 1, 0, 1, 1);
        var p = PointAt(i);
        return new SurvivalEstimate(day, p.Survival, p.StandardError, p.Lower, p.Upper);
    }

    // Index of the last point with Time ≤ day, −1 when there is none (binary search: tally tables
    // can have hundreds of thousands of rows).
    internal int LastIndexAtOrBefore(double day)
    {
        int lo = 0, hi = _survival.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Table.TimeAt(mid) <= day) { found = mid; lo = mid + 1; }
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
