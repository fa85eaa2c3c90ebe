using Spectre.Console;

namespace Simulator.Cli.Rendering.Layout;

/// <summary>
/// Lays a <see cref="TextTable"/> out in a given width with Spectre.Console: whole when it fits;
/// otherwise its columns stacked in several tables that each repeat the key columns; and when not
/// even one column fits beside the keys, transposed to one block per row with a line per column.
/// Lines never end in spaces. Markdown tables are never split (a Markdown viewer reflows them).
/// </summary>
internal static class TableWriter
{
    // Wide enough that Spectre never wraps a cell: the layout here decides what fits.
    private const int Unlimited = 100_000;

    public static IReadOnlyList<string> Plain(TextTable table, int width)
    {
        var keys = Enumerable.Range(0, Math.Min(table.KeyColumns, table.Columns.Count)).ToArray();
        var values = Enumerable.Range(keys.Length, table.Columns.Count - keys.Length).ToArray();
        int[] all = [.. keys, .. values];
        if (Width(table, all) <= width) return Render(table, all, markdown: false);

        if (Stack(table, keys, values, width) is not { } groups) return Transposed(table, width);
        // As few tables as the width allows, then as even as they can be: no last table with one column.
        var (low, high) = (1, width);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Stack(table, keys, values, middle) is { } narrower && narrower.Count <= groups.Count) high = middle;
            else low = middle + 1;
        }
        groups = Stack(table, keys, values, low)!;
        var lines = new List<string>();
        foreach (var group in groups)
        {
            if (lines.Count > 0) lines.Add("");
            lines.AddRange(Render(table, [.. keys, .. group], markdown: false));
        }
        return lines;
    }

    /// <summary>The value columns in consecutive groups that each fit <paramref name="width"/> beside the keys; null when one column alone does not.</summary>
    private static List<List<int>>? Stack(TextTable table, int[] keys, int[] values, int width)
    {
        var groups = new List<List<int>>();
        var current = new List<int>();
        foreach (var column in values)
        {
            if (Width(table, [.. keys, .. current, column]) <= width)
            {
                current.Add(column);
                continue;
            }
            if (current.Count == 0) return null;
            groups.Add(current);
            current = [column];
            if (Width(table, [.. keys, column]) > width) return null;
        }
        if (current.Count > 0) groups.Add(current);
        return groups;
    }

    public static IReadOnlyList<string> Markdown(TextTable table) =>
        Render(table, Enumerable.Range(0, table.Columns.Count).ToArray(), markdown: true);

    /// <summary>One block per row: the key cells as its heading, then "column: value" lines.</summary>
    private static List<string> Transposed(TextTable table, int width)
    {
        var lines = new List<string>();
        var keyCount = Math.Min(table.KeyColumns, table.Columns.Count);
        var previous = new string[keyCount];
        var labelWidth = table.Columns.Skip(keyCount).Select(c => c.Header.Length).DefaultIfEmpty(0).Max() + 1;
        foreach (var row in table.Rows)
        {
            // A blank key cell continues the row above (e.g. a regime's second cause).
            for (var k = 0; k < keyCount; k++) previous[k] = row[k].Length > 0 ? row[k] : previous[k] ?? "";
            lines.AddRange(TextWrap.Lines(keyCount == 1
                ? previous[0]
                : string.Join(", ", Enumerable.Range(0, keyCount).Select(k => $"{table.Columns[k].Header} {previous[k]}")), width));
            for (var c = keyCount; c < table.Columns.Count; c++)
            {
                if (row[c].Length == 0) continue;
                var label = (table.Columns[c].Header + ":").PadRight(labelWidth);
                var line = $"  {label} {row[c]}";
                if (line.Length <= width)
                {
                    lines.Add(line);
                    continue;
                }
                lines.Add(TextWrap.Fit($"  {table.Columns[c].Header}:", width));
                lines.AddRange(TextWrap.Lines(row[c], width - 4).Select(l => "    " + l));
            }
        }
        return lines;
    }

    private static IReadOnlyList<string> Render(TextTable table, IReadOnlyList<int> columns, bool markdown)
    {
        var grid = new Table { Border = markdown ? TableBorder.Markdown : TableBorder.Simple, Expand = false };
        foreach (var c in columns)
        {
            var column = table.Columns[c];
            grid.AddColumn(new Spectre.Console.TableColumn(Markup.Escape(Cell(column.Header, markdown)))
            {
                NoWrap = true,
                Alignment = column.RightAligned ? Justify.Right : Justify.Left,
            });
        }
        foreach (var row in table.Rows) grid.AddRow(columns.Select(c => Markup.Escape(Cell(row[c], markdown))).ToArray());
        using var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(text),
        });
        console.Profile.Width = Unlimited;
        console.Write(grid);
        var lines = text.ToString().Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[0].Length == 0) lines.RemoveAt(0);
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    /// <summary>
    /// The width of the widest line <see cref="Render"/> gives for these columns, without rendering when
    /// every cell is one terminal cell per character: Spectre's simple border pads each column with a
    /// space on each side, joins columns with a one-space border, adds a border at each end, and draws
    /// the header rule (under a table with rows) across all of it. Laying a table out tries many column sets; rendering each
    /// through Spectre cost a quarter of a short run's time.
    /// </summary>
    internal static int Width(TextTable table, IReadOnlyList<int> columns)
    {
        // Without rows Spectre draws no rule, so the width is the trimmed header line's: render it.
        if (columns.Count == 0 || table.Rows.Count == 0) return RenderedWidth(table, columns);
        var total = 3 * columns.Count + 1;
        foreach (var c in columns)
        {
            var widest = table.Columns[c].Header.Length;
            if (!OneCellPerChar(table.Columns[c].Header)) return RenderedWidth(table, columns);
            foreach (var row in table.Rows)
            {
                if (!OneCellPerChar(row[c])) return RenderedWidth(table, columns);
                widest = Math.Max(widest, row[c].Length);
            }
            total += widest;
        }
        return total;
    }

    /// <summary>The width of the widest line Spectre draws for these columns (what <see cref="Width"/> predicts).</summary>
    internal static int RenderedWidth(TextTable table, IReadOnlyList<int> columns) => Widest(Render(table, columns, markdown: false));

    // Latin, Greek, Cyrillic and the punctuation and symbol blocks (dashes, ±, ×, arrows, box drawing)
    // take one terminal cell a character; combining marks, zero-width and wide characters do not.
    private static bool OneCellPerChar(string text)
    {
        foreach (var ch in text)
        {
            var ok = ch is >= ' ' and < '\u007F' or >= '\u00A0' and < '\u0300' and not '\u00AD' or >= '\u0370' and < '\u0483'
                or >= '\u2010' and <= '\u2027' or >= '\u2030' and <= '\u205E' or >= '\u2070' and < '\u2E00';
            if (!ok) return false;
        }
        return true;
    }

    private static string Cell(string text, bool markdown) => markdown ? text.Replace("|", "\\|", StringComparison.Ordinal) : text;

    private static int Widest(IReadOnlyList<string> lines) => lines.Count == 0 ? 0 : lines.Max(l => l.Length);
}
