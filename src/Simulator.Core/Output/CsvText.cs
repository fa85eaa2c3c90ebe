using System.Globalization;
using System.Text;

namespace Simulator.Output;

/// <summary>Small helpers for the CSV outputs: invariant, shortest round-trip numbers, \n line ends.</summary>
public static class CsvText
{
    /// <summary>A number as the shortest text that reads back to the same double; empty for non-finite or null.</summary>
    public static string Number(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>Appends one row of already formatted fields.</summary>
    public static void Row(StringBuilder text, params string[] fields)
    {
        text.Append(string.Join(',', fields));
        text.Append('\n');
    }
}
