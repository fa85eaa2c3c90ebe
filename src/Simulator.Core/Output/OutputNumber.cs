using System.Globalization;
using System.Text.Json;

namespace Simulator.Output;

/// <summary>
/// How every number in the output files is written: rounded to 12 significant digits, then as the
/// shortest text that reads back to that double. Twelve digits are far more than any Monte Carlo
/// statistic here justifies (a standard error is at least 1e-6 of its estimate below 10^12 trials)
/// and few enough that the binary noise of arithmetic is gone: one rounding (1 − 0.001 giving
/// 0.9990000000000001) and the error accumulated over a Kaplan–Meier product of thousands of factors
/// (0.35100000000000053) both read 0.999 and 0.351 (docs/output-format.md, "General rules").
/// </summary>
public static class OutputNumber
{
    /// <summary>Significant digits kept.</summary>
    public const int Digits = 12;

    /// <summary>The value rounded to <see cref="Digits"/> significant digits (non-finite values unchanged).</summary>
    public static double Clean(double value) =>
        double.IsFinite(value) && value != 0
            ? double.Parse(value.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : value;

    /// <summary>The cleaned value as shortest round-trip invariant text; empty for null or non-finite.</summary>
    public static string Text(double? value) =>
        value is { } v && double.IsFinite(v) ? Clean(v).ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>Writes the cleaned value as a JSON number, or null when it is not finite (as in summary.json).</summary>
    public static void WriteJson(Utf8JsonWriter writer, string name, double value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (double.IsFinite(value)) writer.WriteNumber(name, Clean(value));
        else writer.WriteNull(name);
    }
}
