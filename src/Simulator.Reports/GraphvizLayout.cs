using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Simulator.Reports;

/// <summary>
/// Lays out a <see cref="MachineGraph"/> with Graphviz's <c>dot</c> (Debian: graphviz), which places
/// nodes, edges and edge labels so that none overlap. The SVG it writes is inlined as it is (its
/// comments and XML header removed). Returns null when dot is not installed, fails or takes too long;
/// the report then falls back to <see cref="MachineDiagram"/>'s simple layout and says so.
/// </summary>
public static partial class GraphvizLayout
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private static readonly Lazy<string?> Dot = new(FindDot);

    /// <summary>True when a dot program was found on PATH (or SIMULATOR_DOT names one).</summary>
    public static bool Available => Dot.Value is not null;

    /// <summary>The graph as DOT text: left to right, states as rounded boxes with their note, the initial state marked.</summary>
    public static string ToDot(MachineGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var dot = new StringBuilder();
        dot.Append("digraph machine {\n  rankdir=LR;\n  bgcolor=\"white\";\n  pad=0.2;\n  nodesep=0.5;\n  ranksep=0.7;\n");
        dot.Append("  node [shape=box, style=\"rounded\", fontname=\"DejaVu Sans\", fontsize=12, color=\"").Append(Palette.NeutralHex).Append("\"];\n");
        dot.Append("  edge [fontname=\"DejaVu Sans\", fontsize=11, color=\"#444444\"];\n");
        dot.Append("  __start [shape=point, width=0.12, color=\"#222222\", label=\"\"];\n");
        for (var i = 0; i < graph.States.Count; i++)
        {
            var state = graph.States[i];
            var note = graph.Notes[i];
            dot.Append("  ").Append(Quote(state)).Append(" [label=").Append(Quote(note.Length == 0 ? state : state + "\n" + note));
            dot.Append(", style=\"rounded,filled\", fillcolor=\"").Append(MachineDiagram.Fill(graph, i)).Append('"');
            if (state == graph.Initial) dot.Append(", penwidth=2, color=\"#222222\"");
            dot.Append("];\n");
        }
        dot.Append("  __start -> ").Append(Quote(graph.Initial)).Append(";\n");
        foreach (var edge in graph.Transitions.GroupBy(t => (t.From, t.To)))
        {
            // One edge per pair of states, labelled with every trigger taking it (as the simple layout does).
            dot.Append("  ").Append(Quote(edge.Key.From)).Append(" -> ").Append(Quote(edge.Key.To))
                .Append(" [label=").Append(Quote(string.Join(",\n", edge.Select(t => t.Trigger)))).Append("];\n");
        }
        dot.Append("}\n");
        return dot.ToString();
    }

    /// <summary>The diagram laid out by dot, or null without dot (or when it fails).</summary>
    public static Chart? Draw(MachineGraph graph)
    {
        if (Dot.Value is not { } program) return null;
        var svg = Run(program, ToDot(graph));
        if (svg is null) return null;
        svg = Prolog().Replace(svg, "");
        svg = Comment().Replace(svg, "");
        var box = ViewBox().Match(svg);
        if (!box.Success) return null;
        var width = (int)Math.Ceiling(double.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture));
        var height = (int)Math.Ceiling(double.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture));
        // Pixel size for the page (dot writes points); the viewBox keeps its drawing.
        svg = SizeAttributes().Replace(svg, m => $"width=\"{width}\" height=\"{height}\"", 1);
        return Chart.FromSvg("machine-" + graph.Id, graph.Title, MachineDiagram.Describe(graph), svg.Trim(), width, height);
    }

    private static string? Run(string program, string input)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-Tsvg");
        try
        {
            using var process = Process.Start(start);
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(input);
            process.StandardInput.Close();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }
            return process.ExitCode == 0 ? output.GetAwaiter().GetResult() : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string? FindDot()
    {
        if (Environment.GetEnvironmentVariable("SIMULATOR_DOT") is { Length: > 0 } given) return given == "none" ? null : given;
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "dot")).FirstOrDefault(File.Exists);
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"^[\s\S]*?(?=<svg\b)")]
    private static partial Regex Prolog();

    [GeneratedRegex(@"<!--[\s\S]*?-->\s*")]
    private static partial Regex Comment();

    [GeneratedRegex(@"viewBox=""[0-9.]+ [0-9.]+ ([0-9.]+) ([0-9.]+)""")]
    private static partial Regex ViewBox();

    [GeneratedRegex(@"width=""[0-9.]+pt""\s+height=""[0-9.]+pt""")]
    private static partial Regex SizeAttributes();
}
