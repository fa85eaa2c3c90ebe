namespace Simulator.Statistics;

/// <summary>
/// R's rule (survival's internal <c>findq</c>) for the time at which a step curve of cumulative
/// failure 1 − S first reaches a level, with its treatment of flat stretches: when the curve equals
/// the level exactly (within a tolerance) over an interval, the quantile is that interval's midpoint.
/// </summary>
/// <remarks>
/// A curve can have a row per tick of the horizon (hundreds of thousands), so the defined values are
/// sorted once per curve (<see cref="Of"/>) into two flat arrays, whatever the number of levels asked; R's steps (drop repeated values, then
/// <c>approx(y + shift, 1:n, p, "constant", f = 1)</c> over the kept knots sorted by value) become a
/// binary search plus "first index of each value".
/// </remarks>
internal sealed class QuantileFinder
{
    /// <summary>R's default tolerance, <c>sqrt(.Machine$double.eps)</c>.</summary>
    public static readonly double Tolerance = Math.Sqrt(Math.Pow(2, -52));

    private readonly IReadOnlyList<double> _x;
    private readonly double[] _values;
    private readonly int[] _firstIndex;
    private readonly double? _last;

    // Sorts the curve's defined values once, so several levels are found at the cost of one sort.
    private QuantileFinder(IReadOnlyList<double> x, double[] y)
    {
        _x = x;
        (_values, _firstIndex) = DistinctDefinedValues(y);
        // R drops repeated values (duplicated(): the first NA counts as a value too); the last kept
        // entry is the one, among first occurrences, with the highest index.
        if (_values.Length > 0 && y[LastFirstOccurrence(y, _firstIndex)] is var last && !double.IsNaN(last)) _last = last;
    }

    /// <summary>
    /// Prepares a curve given as jump times <paramref name="x"/> (x[0] the start time) and cumulative
    /// failure <paramref name="y"/> (y[0] = 0; NaN where the curve is undefined, R's NA: a flat
    /// array of doubles, as a curve can have hundreds of thousands of rows).
    /// </summary>
    public static QuantileFinder Of(IReadOnlyList<double> x, double[] y) => new(x, y);

    /// <summary>The p-quantile of a curve (see <see cref="Of"/>); null when the level is not reached.</summary>
    public static double? Find(IReadOnlyList<double> x, double[] y, double p) => Of(x, y).Find(p);

    /// <summary>The p-quantile of the prepared curve; null when the level is not reached.</summary>
    public double? Find(double p)
    {
        var tol = Tolerance;
        var values = _values;
        var firstIndex = _firstIndex;
        var x = _x;
        if (values.Length == 0 || values[^1] < p) return null;
        var xmax = x[^1];
        if (p == 0) return x[0]; // the first entry is always kept

        var last = _last;
        var first = FirstKnotAtOrAbove(values, firstIndex, p, +tol);
        var second = FirstKnotAtOrAbove(values, firstIndex, p, -tol);
        if (last.HasValue && Math.Abs(p - last.Value) < tol)
        {
            return first is int f ? (x[f] + xmax) / 2 : null;
        }
        if (first is not int a || second is not int b) return null;
        return (x[a] + x[b]) / 2;
    }

    // The distinct defined values in increasing order, each with the index of its first occurrence.
    private static (double[] Values, int[] FirstIndex) DistinctDefinedValues(double[] y)
    {
        var defined = 0;
        foreach (var v in y) if (!double.IsNaN(v)) defined++;
        var keys = new double[defined];
        var indices = new int[defined];
        for (int i = 0, k = 0; i < y.Length; i++)
        {
            var v = y[i];
            if (double.IsNaN(v)) continue;
            keys[k] = v;
            indices[k++] = i;
        }
        // Sorting by (value, index) puts each value's first occurrence at the start of its run. A
        // Kaplan–Meier curve's 1 − S (and in practice its limits) never decreases, so the values
        // usually come already in that order: checking it costs one pass, the sort n log n.
        if (!IsNonDecreasing(keys))
        {
            Array.Sort(keys, indices); // double's own CompareTo, without a delegate call per comparison
            SortRunsByIndex(keys, indices);
        }
        var distinct = 0;
        for (var k = 0; k < keys.Length; k++)
        {
            if (k > 0 && keys[k] == keys[k - 1]) continue;
            keys[distinct] = keys[k];
            indices[distinct++] = indices[k];
        }
        return (keys[..distinct], indices[..distinct]);
    }

    private static bool IsNonDecreasing(double[] keys)
    {
        for (var k = 1; k < keys.Length; k++)
        {
            if (!(keys[k] >= keys[k - 1])) return false;
        }
        return true;
    }

    // Array.Sort is not stable: order the indices within each run of equal values.
    private static void SortRunsByIndex(double[] keys, int[] indices)
    {
        var start = 0;
        for (var k = 1; k <= keys.Length; k++)
        {
            if (k < keys.Length && keys[k] == keys[start]) continue;
            if (k - start > 1) Array.Sort(indices, start, k - start);
            start = k;
        }
    }

    // The highest index that is the first occurrence of its value (the first NA included).
    private static int LastFirstOccurrence(double[] y, int[] firstIndexOfDefined)
    {
        var last = firstIndexOfDefined.Length == 0 ? -1 : firstIndexOfDefined.Max();
        for (var i = 0; i < y.Length; i++)
        {
            if (!double.IsNaN(y[i])) continue;
            return Math.Max(last, i); // only the first NA is kept
        }
        return last;
    }

    // R: approx(y + shift, 1:n, p, method = "constant", f = 1) over the kept knots sorted by value:
    // the knot with the smallest shifted value at least p; none when p lies outside their range.
    private static int? FirstKnotAtOrAbove(double[] values, int[] firstIndex, double p, double shift)
    {
        if (p < values[0] + shift || p > values[^1] + shift) return null;
        var lo = 0;
        var hi = values.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (values[mid] + shift >= p) hi = mid;
            else lo = mid + 1;
        }
        return firstIndex[lo];
    }
}
