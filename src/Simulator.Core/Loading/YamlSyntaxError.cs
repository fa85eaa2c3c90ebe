using System.Text.RegularExpressions;

namespace Simulator.Loading;

/// <summary>
/// Says in plain words why YamlDotNet could not read a file, and where the mistake is rather than
/// where the parser noticed it: a tab in the indentation is blamed on its own line and key, an
/// unclosed bracket on the bracket that opened it, a stray closing bracket on itself.
/// </summary>
internal static partial class YamlSyntaxError
{
    /// <summary>What the builder knew when the parser failed.</summary>
    /// <param name="Line">1-based line the parser reported.</param>
    /// <param name="Column">1-based column the parser reported.</param>
    /// <param name="ParentPath">Key path of the innermost open mapping or list.</param>
    /// <param name="ChildPath">Key path of the value being read.</param>
    /// <param name="OpenFlow">The innermost open <c>[…]</c> or <c>{…}</c>: its position and whether it is a mapping.</param>
    public sealed record Context(int Line, int Column, string ParentPath, string ChildPath, (int Line, int Column, bool IsMapping)? OpenFlow);

    /// <summary>Where to put the error and what to say.</summary>
    public sealed record Explanation(int Line, int Column, string Path, string Message, string? Help);

    /// <summary>Explains <paramref name="parserMessage"/> for <paramref name="yaml"/> (the message YamlDotNet gave, or the one of any other exception).</summary>
    public static Explanation Explain(string yaml, string parserMessage, Context at)
    {
        var lines = yaml.Split('\n');
        if (TabIndentedLine(lines, at.Line + 1) is { } tab)
        {
            var key = KeyOf(lines[tab.Line - 1]);
            return new Explanation(tab.Line, tab.Column, key is null ? at.ParentPath : Join(at.ParentPath, key),
                "invalid YAML: this line is indented with a tab; YAML indents with spaces only", "replace the tab with spaces");
        }
        var found = CharAt(lines, at.Line, at.Column);
        if (parserMessage.Contains("quoted scalar, found unexpected end of stream", StringComparison.Ordinal))
        {
            var quote = found is '"' or '\'' ? found.Value : '"';
            return Here(at, $"invalid YAML: this quoted value is never closed", $"add the closing {quote} at the end of the value");
        }
        if (parserMessage.Contains("unknown escape character", StringComparison.Ordinal))
        {
            return Here(at, "invalid YAML: unknown escape sequence in a double-quoted value", "use single quotes, or write \\\\ for a backslash");
        }
        if (found is ']' or '}' && (at.OpenFlow is null || at.OpenFlow.Value.IsMapping != (found == '}')))
        {
            return Here(at, $"invalid YAML: this '{found}' closes nothing (no '{(found == ']' ? '[' : '{')}' is open here)", "remove it");
        }
        if (at.OpenFlow is { } open
            && (parserMessage.Contains("did not find expected ','", StringComparison.Ordinal) || parserMessage.Contains("current state of the object", StringComparison.Ordinal)
                || parserMessage.Contains("did not find expected key", StringComparison.Ordinal) || parserMessage.Contains("end of stream", StringComparison.Ordinal)))
        {
            var (opener, closer, what) = open.IsMapping ? ('{', '}', "mapping") : ('[', ']', "list");
            return new Explanation(open.Line, open.Column, at.ParentPath,
                $"invalid YAML: this '{opener}' {what} is never closed", $"add '{closer}' after its last item (or a ',' between its items)");
        }
        if (parserMessage.Contains("found invalid mapping", StringComparison.Ordinal) || parserMessage.Contains("Mapping values are not allowed", StringComparison.Ordinal))
        {
            var key = LastSegment(at.ChildPath);
            return StartsAfterKey(lines, at.Line, key)
                ? Here(at, $"invalid YAML: this line is indented deeper than '{key}' above it, so it reads as part of the value of '{key}'",
                    $"indent it like '{key}' to make it a key of its own, or put the text in quotes")
                : Here(at, "invalid YAML: a ': ' inside a value starts a mapping, which is not allowed here",
                    "put the value in quotes, or put the nested keys on lines of their own, indented");
        }
        if (parserMessage.Contains("cannot start any token", StringComparison.Ordinal) && found is { } c)
        {
            return Here(at, $"invalid YAML: '{c}' cannot start a plain value (it is reserved in YAML)", "put the value in quotes");
        }
        if (parserMessage.Contains("block collection, did not find expected '-'", StringComparison.Ordinal))
        {
            return Here(at, "invalid YAML: expected another list item ('- …') at this indentation", "indent this line to belong to the item above, or start it with '- '");
        }
        if (parserMessage.Contains("block mapping, did not find expected key", StringComparison.Ordinal))
        {
            return Here(at, "invalid YAML: expected a key ('name: value') at this indentation", "align this line with the keys of its mapping, and check that quotes and brackets before it are closed");
        }
        if (parserMessage.Contains("could not find expected ':'", StringComparison.Ordinal))
        {
            return Here(at, "invalid YAML: a line of a mapping must be 'key: value'; this one has no ':'", "add ': ' after the key, or join the line to the value above it");
        }
        if (parserMessage.Contains("did not find expected node content", StringComparison.Ordinal))
        {
            return Here(at, "invalid YAML: a value is missing here", "give a value, or put the text in quotes");
        }
        if (parserMessage.Contains("anchor or alias", StringComparison.Ordinal))
        {
            return Here(at, "invalid YAML: '&' and '*' must be followed by an anchor name", "put the value in quotes if it is text");
        }
        if (parserMessage.Contains("Block sequence entries are not allowed", StringComparison.Ordinal))
        {
            return Here(at, "invalid YAML: a list item ('- ') cannot start here", "put the list on lines of its own under its key, indented");
        }
        return Here(at, "invalid YAML: " + Plain(parserMessage), null);
    }

    private static Explanation Here(Context at, string message, string? help) => new(at.Line, at.Column, at.ChildPath, message, help);

    /// <summary>The first line up to <paramref name="lastLine"/> whose indentation holds a tab (1-based line and column of the tab).</summary>
    private static (int Line, int Column)? TabIndentedLine(string[] lines, int lastLine)
    {
        for (var i = 0; i < Math.Min(lastLine, lines.Length); i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            var rest = line[indent..].TrimEnd('\r');
            if (rest.Length == 0 || rest[0] == '#') continue;
            var tab = line.IndexOf('\t', 0, indent);
            if (tab >= 0) return (i + 1, tab + 1);
        }
        return null;
    }

    /// <summary>True when the line holding the error comes after the line where <paramref name="key"/> was given (a continuation).</summary>
    private static bool StartsAfterKey(string[] lines, int line, string key)
    {
        if (key.Length == 0 || line < 2 || line > lines.Length) return false;
        for (var i = line - 2; i >= 0; i--)
        {
            var text = lines[i].TrimStart();
            if (text.Length == 0 || text[0] == '#') continue;
            return KeyOf(lines[i]) == key;
        }
        return false;
    }

    private static char? CharAt(string[] lines, int line, int column) =>
        line >= 1 && line <= lines.Length && column >= 1 && column <= lines[line - 1].Length ? lines[line - 1][column - 1] : null;

    private static string? KeyOf(string line)
    {
        var match = KeyRegex().Match(line);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string LastSegment(string path)
    {
        var dot = path.LastIndexOf('.');
        var last = dot < 0 ? path : path[(dot + 1)..];
        return last.Contains('[', StringComparison.Ordinal) ? "" : last;
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    // "While scanning a plain scalar, found X." reads better as "found X (while scanning a plain scalar)".
    private static string Plain(string message)
    {
        var text = message.Trim().TrimEnd('.');
        var match = WhileRegex().Match(text);
        return match.Success ? $"{match.Groups[2].Value} (while {match.Groups[1].Value})" : text;
    }

    [GeneratedRegex(@"^[\s-]*([A-Za-z_][A-Za-z0-9_]*)\s*:(\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex KeyRegex();

    [GeneratedRegex(@"^While ([^,]+), (.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex WhileRegex();
}
