namespace Simulator.Reports;

/// <summary>summary.json writes an undefined statistic as null, read back as NaN: these turn it into what a chart needs.</summary>
internal static class Finite
{
    /// <summary>The value, or null when it is not finite (or null).</summary>
    public static double? OrNull(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    /// <summary>The value, or 0 when it is not finite.</summary>
    public static double Or0(double value) => double.IsFinite(value) ? value : 0;
}
