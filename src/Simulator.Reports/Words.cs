using System.Globalization;

namespace Simulator.Reports;

/// <summary>Number and name formatting shared by the summary, tables and captions (invariant culture).</summary>
public static class Words
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A probability as a whole percentage, e.g. 0.4871 → "49%".</summary>
    public static string Percent(double p) => Math.Round(p * 100, MidpointRounding.AwayFromZero).ToString("0", Invariant) + "%";

    /// <summary>An interval of probabilities, e.g. "47–51%"; "" without limits.</summary>
    public static string PercentRange(double? lower, double? upper) => lower is { } l && upper is { } u
        ? Math.Round(l * 100, MidpointRounding.AwayFromZero).ToString("0", Invariant) + "–" + Percent(u)
        : "";

    /// <summary>A change in probability in percentage points with sign, e.g. 0.042 → "+4.2".</summary>
    public static string Points(double difference) => Signed(difference * 100, 1);

    /// <summary>A signed number with <paramref name="decimals"/> decimals and a true minus sign; zero is unsigned.</summary>
    public static string Signed(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var format = decimals == 0 ? "0" : "0." + new string('0', decimals);
        if (rounded == 0) return 0.0.ToString(format, Invariant);
        return (rounded > 0 ? "+" : "−") + Math.Abs(rounded).ToString(format, Invariant);
    }

    /// <summary>Days with at most one decimal, e.g. 355.94 → "355.9", 365 → "365".</summary>
    public static string Days(double days) => days.ToString("0.#", Invariant);

    /// <summary>A count with thousands separators.</summary>
    public static string Count(long n) => n.ToString("N0", Invariant);

    /// <summary>A plain number, e.g. for table cells.</summary>
    public static string Number(double value, string format = "0.###") => value.ToString(format, Invariant);

    /// <summary>A snake_case id as words: "access_refused" → "access refused".</summary>
    public static string Spaced(string id) => id.Replace('_', ' ');

    /// <summary>Capitalises the first letter.</summary>
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
