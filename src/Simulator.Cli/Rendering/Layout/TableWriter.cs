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
        var whole = Render(table, [.. keys, .. values], markdown: false);
        if (Widest(whole) <= width) return whole;

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
            if (Widest(Render(table, [.. keys, .. current, column], markdown: false)) <= width)
            {
                current.Add(column);
                continue;
            }
            if (current.Count == 0) return null;
            groups.Add(current);
            current = [column];
            if (Widest(Render(table, [.. keys, column], markdown: false)) > width) return null;
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

    private static IReadOnlyList<string> Render(TextTable table, int[] columns, bool markdown)
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

    private static string Cell(string text, bool markdown) => markdown ? text.Replace("|", "\\|", StringComparison.Ordinal) : text;

    private static int Widest(IReadOnlyList<string> lines) => lines.Count == 0 ? 0 : lines.Max(l => l.Length);
}
