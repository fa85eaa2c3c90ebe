using System.Globalization;

namespace Simulator.Reports;

/// <summary>
/// A small CSV file held in memory and read by header name (with Sep: quoted fields, \r\n line ends,
/// columns it does not know about). Used for sweep.csv and sensitivity.csv, whose columns may grow and
/// whose rows are bounded by the design's points; the run's large CSVs are streamed (<see cref="CsvRows"/>).
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++) _columns.TryAdd(header[i].Trim(), i);
    }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Data rows (each padded to the header's length).</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Reads CSV from a stream with Sep (quoted fields, \r\n, ragged rows); null when it has no header row.</summary>
    public static CsvTable? Read(Stream stream)
    {
        using var reader = CsvRows.Open(stream);
        if (reader.Header.IsEmpty) return null;
        var header = reader.Header.ColNames.ToArray();
        var rows = new List<string[]>();
        foreach (var record in reader)
        {
            if (record.ColCount == 1 && record[0].Span.IsEmpty) continue; // a blank line
            var row = new string[Math.Max(header.Length, record.ColCount)];
            for (var i = 0; i < row.Length; i++) row[i] = i < record.ColCount ? record[i].ToString() : "";
            rows.Add(row);
        }
        return new CsvTable(header, rows);
    }

    /// <summary>Parses CSV text; null when it has no header row.</summary>
    public static CsvTable? Parse(string text)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return Read(stream);
    }

    /// <summary>True when the table has the column.</summary>
    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>Index of a column, or −1.</summary>
    public int IndexOf(string column) => _columns.TryGetValue(column, out var i) ? i : -1;

    /// <summary>The text of a cell ("" when the column is missing).</summary>
    public string Text(string[] row, string column) => _columns.TryGetValue(column, out var i) && i < row.Length ? row[i] : "";

    /// <summary>A cell as a number; null when empty, missing or not a number.</summary>
    public double? Number(string[] row, string column) => ParseNumber(Text(row, column));

    /// <summary>Invariant number parsing; null for empty or non-numeric text.</summary>
    public static double? ParseNumber(string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;

    /// <summary>True when every non-empty cell of the column is a number (and at least one is).</summary>
    public bool IsNumeric(int column)
    {
        var any = false;
        foreach (var row in Rows)
        {
            var cell = column < row.Length ? row[column].Trim() : "";
            if (cell.Length == 0) continue;
            if (ParseNumber(cell) is null) return false;
            any = true;
        }
        return any;
    }
}
