namespace Simulator.Cli.Rendering.Layout;

/// <summary>
/// A console table before layout: a title, columns and rows of plain text. The first
/// <see cref="KeyColumns"/> columns name a row and are repeated when a narrow terminal makes
/// <see cref="TableWriter"/> stack the other columns in several tables.
/// </summary>
internal sealed class TextTable(string title, int keyColumns = 1)
{
    private readonly List<TextColumn> _columns = [];
    private readonly List<string[]> _rows = [];

    public string Title { get; } = title;

    public int KeyColumns { get; } = keyColumns;

    public IReadOnlyList<TextColumn> Columns => _columns;

    public IReadOnlyList<string[]> Rows => _rows;

    public TextTable Column(string header, bool right = false)
    {
        _columns.Add(new TextColumn(header, right));
        return this;
    }

    public TextTable Right(string header) => Column(header, right: true);

    public void Row(IEnumerable<string> cells)
    {
        var row = cells.ToArray();
        if (row.Length != _columns.Count) throw new ArgumentException($"a row of '{Title}' has {row.Length} cells for {_columns.Count} columns", nameof(cells));
        _rows.Add(row);
    }

    public void Row(params string[] cells) => Row((IEnumerable<string>)cells);

    /// <summary>One column: its header and whether its cells align right (numbers).</summary>
    public sealed record TextColumn(string Header, bool RightAligned);
}
