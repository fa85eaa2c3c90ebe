using System.Globalization;
using System.Text;

namespace Simulator.Reports;

/// <summary>
/// A CSV file read by header name, tolerant of quoted fields, \r\n line ends and columns it does not
/// know about. Used for the run's own CSVs and for sweep.csv/sensitivity.csv, whose columns may grow.
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

    /// <summary>Reads a file; null when it does not exist or has no header.</summary>
    public static CsvTable? TryRead(string path) => File.Exists(path) ? Parse(File.ReadAllText(path)) : null;

    /// <summary>Parses CSV text; null when it has no header row.</summary>
    public static CsvTable? Parse(string text)
    {
        var records = Records(text).Where(r => r.Count > 1 || r[0].Length > 0).ToList();
        if (records.Count == 0) return null;
        var header = records[0];
        var rows = records.Skip(1).Select(r =>
        {
            var row = new string[Math.Max(header.Count, r.Count)];
            for (var i = 0; i < row.Length; i++) row[i] = i < r.Count ? r[i] : "";
            return row;
        }).ToList();
        return new CsvTable(header, rows);
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

    private static IEnumerable<List<string>> Records(string text)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    yield return record;
                    record = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}
