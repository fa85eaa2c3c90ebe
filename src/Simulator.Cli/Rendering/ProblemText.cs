using Simulator.Application;
using Simulator.Diagnostics;

namespace Simulator.Cli.Rendering;

/// <summary>
/// Problems on standard error as a compiler prints them. A problem at a place in a file reads
/// <c>file:line:column: error: path: message</c>, then the source line with a caret under the
/// column and a <c>= help:</c> line when a fix is known; a problem with an option, an override or a
/// whole file is one line, <c>error: --threads: message; help</c>.
/// </summary>
internal static class ProblemText
{
    // Source lines longer than this are shown as a window around the column.
    private const int MaxQuoted = 120;

    public static void Write(TextWriter error, InputRejectedException rejected)
    {
        foreach (var warning in rejected.Warnings) Write(error, warning);
        foreach (var problem in rejected.Problems) Write(error, problem);
        if (rejected.Problems.Count > 1 || rejected.Problems.Any(p => p.Line > 0)) error.WriteLine($"error: {rejected.Message}");
    }

    public static void Write(TextWriter error, Problem problem)
    {
        var level = problem.IsWarning ? "warning" : "error";
        var path = problem.Path.Length > 0 ? $"{problem.Path}: " : "";
        if (problem.Line <= 0)
        {
            error.WriteLine($"{level}: {problem.File}: {path}{problem.FullMessage}");
            return;
        }
        error.WriteLine($"{problem.File}:{problem.Line}:{problem.Column}: {level}: {path}{problem.Message}");
        var gutter = problem.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var blank = new string(' ', gutter.Length);
        if (problem.SourceLine is { } source)
        {
            var (shown, column) = Window(source.Replace('\t', '→'), Math.Max(1, problem.Column));
            error.WriteLine($" {gutter} | {shown}".TrimEnd());
            var width = CaretWidth(shown, column);
            error.WriteLine($" {blank} | {new string(' ', column - 1)}^{new string('~', width - 1)}");
        }
        if (problem.Help is { } help) error.WriteLine($" {blank} = help: {help}");
    }

    /// <summary>The part of a long line around <paramref name="column"/>, and the column within it.</summary>
    private static (string Text, int Column) Window(string line, int column)
    {
        if (line.Length <= MaxQuoted) return (line, Math.Min(column, line.Length + 1));
        var start = Math.Clamp(column - 1 - MaxQuoted / 2, 0, line.Length - MaxQuoted);
        var text = line.Substring(start, MaxQuoted);
        var prefix = start > 0 ? "…" : "";
        var suffix = start + MaxQuoted < line.Length ? "…" : "";
        return (prefix + text + suffix, column - start + prefix.Length);
    }

    /// <summary>How many characters the caret underlines: the key, value or bracket that starts at the column.</summary>
    internal static int CaretWidth(string line, int column)
    {
        var start = column - 1;
        if (start >= line.Length) return 1;
        var first = line[start];
        if (first is '"' or '\'')
        {
            var close = line.IndexOf(first, start + 1);
            return close < 0 ? line.Length - start : close - start + 1;
        }
        if (first is '[' or '{' or ']' or '}' or '→' || first == '-' && (start + 1 == line.Length || line[start + 1] == ' ')) return 1;
        var end = start;
        while (end < line.Length && !EndsToken(line, end)) end++;
        while (end > start + 1 && line[end - 1] == ' ') end--;
        return Math.Max(1, end - start);
    }

    private static bool EndsToken(string line, int i) =>
        line[i] is ',' or ']' or '}' or '#' && (line[i] != '#' || i > 0 && line[i - 1] == ' ')
        || line[i] == ':' && (i + 1 == line.Length || line[i + 1] == ' ');
}
