using System.Text.RegularExpressions;

namespace Simulator.Loading.EditorSchema;

/// <summary>
/// Reads the key tables of docs/scenario-format.md: under each <c>### `section`</c> heading, a
/// Markdown table whose first column names keys relative to the section (or from the top when the
/// heading lists several sections). The doc is where each key's meaning is written once; the
/// editor schema takes descriptions from it, and its tests check that every key has a row.
/// </summary>
internal static partial class FormatDoc
{
    public static IReadOnlyDictionary<string, KeyDoc> Parse(string markdown)
    {
        var rows = new Dictionary<string, KeyDoc>(StringComparer.Ordinal);
        string[] prefixes = [];
        string[]? header = null;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                var spans = CodeRegex().Matches(line).Select(m => Normalize(m.Groups[1].Value)).ToArray();
                prefixes = spans.Length == 0 ? [""] : spans;
                header = null;
                continue;
            }
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                prefixes = [];
                header = null;
                continue;
            }
            if (!line.StartsWith('|') || prefixes.Length == 0)
            {
                if (!line.StartsWith('|')) header = null;
                continue;
            }
            var cells = Cells(line);
            if (header is null)
            {
                header = cells.Select(c => c.Trim().ToLowerInvariant()).ToArray();
                continue;
            }
            if (cells.All(c => c.Trim().Trim('-', ':').Length == 0) || header[0] != "key") continue;
            string Column(string name) => Array.IndexOf(header, name) is var i and >= 0 && i < cells.Length ? Clean(cells[i]) : "";
            string? previous = null;
            foreach (Match span in CodeRegex().Matches(cells[0]))
            {
                var key = Normalize(span.Groups[1].Value);
                // "`transitions[*].from`, `.to`": a span starting with a dot replaces the last segment of the one before.
                if (key.StartsWith('.') && previous is not null) key = previous[..previous.LastIndexOf('.')] + key;
                previous = key;
                var path = Resolve(prefixes, key);
                rows[path] = new KeyDoc(path, Column("type"), Column("range"), Column("default"), Column("meaning"));
            }
        }
        return rows;
    }

    private static string Resolve(string[] prefixes, string key)
    {
        if (prefixes.Length > 1 || prefixes[0].Length == 0) return key;
        var prefix = prefixes[0];
        return key.StartsWith(prefix + ".", StringComparison.Ordinal) ? key : $"{prefix}.{key}";
    }

    private static string Normalize(string path) => path.Replace("<name>", "*", StringComparison.Ordinal);

    // Splits a table row at unescaped pipes ("\|" stays in the cell).
    private static string[] Cells(string line)
    {
        var inner = line.Trim();
        inner = inner[1..(inner.EndsWith('|') && inner.Length > 1 ? inner.Length - 1 : inner.Length)];
        return PipeRegex().Split(inner).Select(c => c.Replace("\\|", "|", StringComparison.Ordinal)).ToArray();
    }

    // Markdown emphasis and code marks off: "**30**" → "30", "`attack` \| `strike`" → "attack | strike".
    private static string Clean(string cell) =>
        LinkRegex().Replace(cell, "$1").Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal).Trim();

    // "[sweeps.md](sweeps.md)" → "sweeps.md": an editor's hover shows plain text.
    [GeneratedRegex(@"\[([^\]]+)\]\([^)]+\)")]
    private static partial Regex LinkRegex();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeRegex();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex PipeRegex();
}
