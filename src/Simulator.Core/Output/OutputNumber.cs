using System.Globalization;

namespace Simulator.Output;

/// <summary>
/// How every number in the output files is written: rounded to 15 significant digits, then as the
/// shortest text that reads back to that double. Fifteen digits are more than any statistic here
/// justifies and fewer than a double's 17, so binary noise from arithmetic (1 − 0.001 giving
/// 0.9990000000000001) is gone while every estimate keeps a relative precision of 1e-15
/// (docs/output-format.md, "General rules").
/// </summary>
public static class OutputNumber
{
    /// <summary>Significant digits kept.</summary>
    public const int Digits = 15;

    /// <summary>The value rounded to <see cref="Digits"/> significant digits (non-finite values unchanged).</summary>
    public static double Clean(double value) =>
        double.IsFinite(value) && value != 0
            ? double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : value;

    /// <summary>The cleaned value as shortest round-trip invariant text; empty for null or non-finite.</summary>
    public static string Text(double? value) =>
        value is { } v && double.IsFinite(v) ? Clean(v).ToString("R", CultureInfo.InvariantCulture) : "";
}
