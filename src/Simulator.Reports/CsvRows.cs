using System.Globalization;
using nietras.SeparatedValues;

namespace Simulator.Reports;

/// <summary>Streaming CSV reading with Sep, row by row: nothing but the current row is held.</summary>
public static class CsvRows
{
    /// <summary>A Sep reader of the outputs' dialect (comma, a header row, quotes unescaped, ragged rows allowed).</summary>
    public static SepReader Open(Stream stream) =>
        Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture })
            .From(stream);

    /// <summary>The index of <paramref name="column"/>, or −1 when the file lacks it.</summary>
    public static int Index(SepReader reader, string column) => reader.Header.TryIndexOf(column, out var i) ? i : -1;

    /// <summary>A cell's text ("" when the column is missing from the file or the row).</summary>
    public static ReadOnlySpan<char> Text(SepReader.Row row, int column) =>
        column >= 0 && column < row.ColCount ? row[column].Span : [];

    /// <summary>A cell as a finite number; null when empty, missing or not a number.</summary>
    public static double? Number(SepReader.Row row, int column) =>
        double.TryParse(Text(row, column).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
}
