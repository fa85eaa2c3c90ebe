namespace Simulator.Cli.Rendering.Layout;

/// <summary>Breaks prose at spaces so no line is wider than the console allows.</summary>
internal static class TextWrap
{
    /// <summary>The lines of <paramref name="text"/> at most <paramref name="width"/> wide (a longer word is cut).</summary>
    public static IReadOnlyList<string> Lines(string text, int width)
    {
        width = Math.Max(1, width);
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > width)
            {
                if (line.Length > 0)
                {
                    lines.Add(line);
                    line = "";
                }
                lines.Add(rest[..width]);
                rest = rest[width..];
            }
            if (line.Length == 0) line = rest;
            else if (line.Length + 1 + rest.Length <= width) line += " " + rest;
            else
            {
                lines.Add(line);
                line = rest;
            }
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line);
        return lines;
    }

    /// <summary>One line cut to <paramref name="width"/> (a heading that must stay one line).</summary>
    public static string Fit(string text, int width) => text.Length <= width ? text : text[..Math.Max(1, width - 1)] + "…";
}
