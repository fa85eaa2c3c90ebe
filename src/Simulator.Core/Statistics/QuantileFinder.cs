namespace Simulator.Statistics;

/// <summary>
/// R's rule (survival's internal <c>findq</c>) for the time at which a step curve of cumulative
/// failure 1 − S first reaches a level, with its treatment of flat stretches: when the curve equals
/// the level exactly (within a tolerance) over an interval, the quantile is that interval's midpoint.
/// </summary>
internal static class QuantileFinder
{
    /// <summary>R's default tolerance, <c>sqrt(.Machine$double.eps)</c>.</summary>
    public static readonly double Tolerance = Math.Sqrt(Math.Pow(2, -52));

    /// <summary>
    /// Finds the p-quantile of a curve given as jump times <paramref name="x"/> (x[0] the start time)
    /// and cumulative failure <paramref name="y"/> (y[0] = 0; null where the curve is undefined, R's NA).
    /// Returns null when the level is not reached.
    /// </summary>
    public static double? Find(IReadOnlyList<double> x, IReadOnlyList<double?> y, double p)
    {
        var tol = Tolerance;
        var max = y.Where(v => v.HasValue).Select(v => v!.Value).DefaultIfEmpty(double.NegativeInfinity).Max();
        if (max < p) return null;
        var xmax = x[^1];

        // Drop repeated values (R's duplicated(): the first NA counts as a value too).
        var keptX = new List<double>();
        var keptY = new List<double?>();
        var seen = new HashSet<double?>();
        for (var i = 0; i < y.Count; i++)
        {
            if (seen.Add(y[i]))
            {
                keptX.Add(x[i]);
                keptY.Add(y[i]);
            }
        }

        var first = FirstKnotAtOrAbove(keptY, p, +tol);
        var second = FirstKnotAtOrAbove(keptY, p, -tol);
        if (p == 0) return keptX[0];
        var last = keptY[^1];
        if (last.HasValue && Math.Abs(p - last.Value) < tol)
        {
            return first is int f ? (keptX[f] + xmax) / 2 : null;
        }
        if (first is not int a || second is not int b) return null;
        return (keptX[a] + keptX[b]) / 2;
    }

    // R: approx(y + shift, 1:n, p, method = "constant", f = 1): among the defined knots, sorted by
    // value, the first whose shifted value is at least p; none when p lies outside their range.
    private static int? FirstKnotAtOrAbove(List<double?> y, double p, double shift)
    {
        var knots = Enumerable.Range(0, y.Count).Where(i => y[i].HasValue)
            .Select(i => (Value: y[i]!.Value + shift, Index: i)).OrderBy(k => k.Value).ToList();
        if (knots.Count == 0 || p < knots[0].Value || p > knots[^1].Value) return null;
        foreach (var k in knots)
        {
            if (k.Value >= p) return k.Index;
        }
        return null;
    }
}
