namespace Simulator.Studies.Robustness;

/// <summary>Percentiles by linear interpolation between order statistics (Hyndman and Fan's type 7, numpy's default).</summary>
public static class Percentile
{
    /// <summary>The <paramref name="q"/> quantile (0 to 1) of <paramref name="values"/>; NaN when empty.</summary>
    public static double Of(IReadOnlyList<double> values, double q)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        var h = (sorted.Length - 1) * q;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }
}
