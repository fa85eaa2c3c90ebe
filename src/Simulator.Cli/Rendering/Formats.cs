using System.Globalization;

namespace Simulator.Cli.Rendering;

/// <summary>How numbers read in the console tables (invariant culture, so outputs are comparable).</summary>
internal static class Formats
{
    public static string Percent(double value) => (100 * value).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string PercentWithInterval(double estimate, double lower, double upper) =>
        $"{Percent(estimate)} ({Number(100 * lower, "0.0")}–{Number(100 * upper, "0.0")})";

    public static string SignedPoints(double value) =>
        (value >= 0 ? "+" : "−") + Number(Math.Abs(100 * value), "0.0") + " pts";

    public static string SignedPointsWithInterval(double value, double lower, double upper) =>
        $"{SignedPoints(value)} ({Signed(100 * lower, "0.0")} to {Signed(100 * upper, "0.0")})";

    public static string Days(double? value) => value is { } v ? Number(v, "0.0") : "not reached";

    public static string DaysWithInterval(double? estimate, double? lower, double? upper) =>
        estimate is null ? "not reached" : $"{Days(estimate)} ({Days(lower)}–{(upper is null ? "NR" : Days(upper))})";

    public static string Signed(double value, string format) =>
        (value >= 0 ? "+" : "−") + Number(Math.Abs(value), format);

    public static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string PValue(double p, double log10) =>
        p >= 1e-4 ? Number(p, "0.0000") : p > 0 ? p.ToString("0.0E+0", CultureInfo.InvariantCulture) : $"1E{Math.Floor(log10):0}";
}
