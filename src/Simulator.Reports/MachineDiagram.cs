using System.Globalization;
using System.Net;
using System.Text;

namespace Simulator.Reports;

/// <summary>
/// Draws a <see cref="MachineGraph"/> as SVG in a simple layered layout (no JavaScript, no layout
/// engine): states in columns by their shortest distance from the initial state, forward
/// transitions as curves to the right, backward ones as arcs below, self-transitions as loops above.
/// </summary>
public static class MachineDiagram
{
    private const double CharWidth = 7.4;
    private const double NodeHeight = 48;
    private const double ColumnGap = 170;
    private const double RowGap = 64;
    private const double Margin = 30;
    private const double ArcStep = 24;

    /// <summary>The diagram as a chart (SVG only).</summary>
    public static Chart Draw(MachineGraph graph)
    {
        var (layer, backEdges) = Layers(graph);
        var columns = layer.Values.DefaultIfEmpty(0).Max() + 1;
        var byColumn = Enumerable.Range(0, columns).Select(c => graph.States.Where(s => layer[s] == c).ToList()).ToList();
        var width = graph.States.ToDictionary(s => s, s => Math.Max(s.Length * CharWidth * 1.1, NoteWidth(graph, s)) + 28);
        var colWidth = byColumn.Select(c => c.Select(s => width[s]).DefaultIfEmpty(80).Max()).ToList();
        var maxRows = byColumn.Max(c => c.Count);
        var edges = graph.Transitions.GroupBy(t => (t.From, t.To))
            .Select(g => (g.Key.From, g.Key.To, Label: string.Join(", ", g.Select(t => t.Trigger)))).ToList();
        // Kinds: 0 adjacent forward (straight curve), 1 skipping forward (arc above), 2 backward (arc below), 3 self loop (above).
        int Kind((string From, string To, string Label) e) =>
            e.From == e.To ? 3 : backEdges.Contains((e.From, e.To)) ? 2 : layer[e.To] - layer[e.From] == 1 ? 0 : 1;
        var above = edges.Count(e => Kind(e) == 1);
        var below = edges.Count(e => Kind(e) == 2);
        var loops = edges.Any(e => Kind(e) == 3);
        var top = Margin + above * ArcStep + (loops ? 56 : 10);
        var bodyHeight = maxRows * NodeHeight + (maxRows - 1) * RowGap;
        var x = new Dictionary<string, double>();
        var y = new Dictionary<string, double>();
        var left = Margin;
        for (var c = 0; c < columns; c++)
        {
            var states = byColumn[c];
            for (var r = 0; r < states.Count; r++)
            {
                x[states[r]] = left + (colWidth[c] - width[states[r]]) / 2;
                y[states[r]] = top + r * (NodeHeight + RowGap);
            }
            left += colWidth[c] + ColumnGap;
        }
        var svgWidth = (int)Math.Ceiling(left - ColumnGap + Margin);
        var svgHeight = (int)Math.Ceiling(top + bodyHeight + 24 + below * ArcStep + Margin);
        var minWidth = edges.Select(e => e.Label.Length * 6.6 + 2 * Margin).DefaultIfEmpty(0).Max();
        svgWidth = (int)Math.Max(svgWidth, minWidth);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{svgWidth}\" height=\"{svgHeight}\" viewBox=\"0 0 {svgWidth} {svgHeight}\" font-family=\"DejaVu Sans, Verdana, sans-serif\">");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#444\"/></marker></defs>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{svgWidth}\" height=\"{svgHeight}\" fill=\"white\"/>");
        var labels = new StringBuilder();
        var aboveIndex = 0;
        var belowIndex = 0;
        // Shorter arcs nearer the nodes so they nest without crossing.
        foreach (var (from, to, label) in edges.OrderBy(e => Math.Abs(layer[e.To] - layer[e.From])))
        {
            double lx, ly;
            string path;
            var kind = Kind((from, to, label));
            var cxFrom = x[from] + width[from] / 2;
            var cxTo = x[to] + width[to] / 2;
            if (kind == 3)
            {
                var sy = y[from];
                path = F($"M{cxFrom - 18},{sy} C{cxFrom - 40},{sy - 52} {cxFrom + 40},{sy - 52} {cxFrom + 18},{sy}");
                lx = cxFrom;
                ly = sy - 44;
            }
            else if (kind == 0)
            {
                var x1 = x[from] + width[from];
                var y1 = y[from] + NodeHeight / 2;
                var x2 = x[to];
                var y2 = y[to] + NodeHeight / 2;
                var dx = (x2 - x1) / 2;
                path = F($"M{x1},{y1} C{x1 + dx},{y1} {x2 - dx},{y2} {x2},{y2}");
                lx = (x1 + x2) / 2;
                ly = (y1 + y2) / 2 - 7;
            }
            else if (kind == 1)
            {
                aboveIndex++;
                var x1 = cxFrom + 12;
                var y1 = y[from];
                var x2 = cxTo - 12;
                var y2 = y[to];
                var peak = top - 10 - aboveIndex * ArcStep;
                var control = (8 * peak - y1 - y2) / 6; // a cubic's midpoint is (y1 + 6c + y2) / 8: the apex lands on the peak
                path = F($"M{x1},{y1} C{x1},{control} {x2},{control} {x2},{y2}");
                lx = (x1 + x2) / 2;
                ly = peak + 4;
            }
            else
            {
                belowIndex++;
                var x1 = cxFrom - 12;
                var y1 = y[from] + NodeHeight;
                var x2 = cxTo + 12;
                var y2 = y[to] + NodeHeight;
                var dip = top + bodyHeight + 10 + belowIndex * ArcStep;
                var control = (8 * dip - y1 - y2) / 6;
                path = F($"M{x1},{y1} C{x1},{control} {x2},{control} {x2},{y2}");
                lx = (x1 + x2) / 2;
                ly = dip + 4;
            }
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"#444\" stroke-width=\"1.6\" marker-end=\"url(#arrow)\"/>");
            var w = label.Length * 6.6 + 8;
            labels.Append(F($"<rect x=\"{lx - w / 2}\" y=\"{ly - 12}\" width=\"{w}\" height=\"16\" rx=\"3\" fill=\"white\" fill-opacity=\"0.92\"/>"));
            labels.Append(F($"<text x=\"{lx}\" y=\"{ly}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#222\">")).Append(Escape(label)).Append("</text>");
        }
        for (var i = 0; i < graph.States.Count; i++)
        {
            var s = graph.States[i];
            var note = graph.Notes[i];
            var initial = s == graph.Initial;
            var fill = Fill(graph, i);
            var stroke = initial ? "#222" : Palette.NeutralHex;
            svg.Append(F($"<rect x=\"{x[s]}\" y=\"{y[s]}\" width=\"{width[s]}\" height=\"{NodeHeight}\" rx=\"10\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{(initial ? 2.5 : 1.5)}\"/>"));
            var cy = note.Length > 0 ? y[s] + 20 : y[s] + NodeHeight / 2 + 5;
            svg.Append(F($"<text x=\"{x[s] + width[s] / 2}\" y=\"{cy}\" font-size=\"14\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#111\">")).Append(Escape(s)).Append("</text>");
            if (note.Length > 0)
            {
                svg.Append(F($"<text x=\"{x[s] + width[s] / 2}\" y=\"{y[s] + 37}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\">")).Append(Escape(note)).Append("</text>");
            }
            if (initial)
            {
                svg.Append(F($"<circle cx=\"{x[s] - 14}\" cy=\"{y[s] + NodeHeight / 2}\" r=\"5\" fill=\"#222\"/>"));
            }
        }
        svg.Append(labels).Append("</svg>");
        return Chart.FromSvg("machine-" + graph.Id, graph.Title, Describe(graph), svg.ToString(), svgWidth, svgHeight);
    }

    /// <summary>The diagram's text alternative: the initial state and every transition.</summary>
    public static string Describe(MachineGraph graph) => $"State machine {graph.Id}: starts in {graph.Initial}; " +
        string.Join("; ", graph.Transitions.Select(t => $"{t.From} to {t.To} on {t.Trigger}")) + ".";

    /// <summary>A state's fill: collapse in rose, the initial state in pale blue, others in grey (both layouts).</summary>
    public static string Fill(MachineGraph graph, int state) =>
        graph.Notes[state].Contains("collapse", StringComparison.Ordinal) || graph.States[state] == "collapsed" ? "#FBE3D6"
        : graph.States[state] == graph.Initial ? "#DCEBF7" : "#F4F4F4";

    /// <summary>
    /// The diagram laid out by Graphviz's dot when it is installed (<see cref="GraphvizLayout"/>);
    /// otherwise by <see cref="Draw"/>, with a note saying that its edge labels may overlap.
    /// </summary>
    public static Chart Layout(MachineGraph graph) => GraphvizLayout.Draw(graph)
        ?? Draw(graph).WithNote("Laid out without Graphviz (its dot program was not found): labels of crossing transitions may overlap; install graphviz for a clean layout.");

    private static double NoteWidth(MachineGraph graph, string state)
    {
        var note = graph.Notes[graph.States.ToList().IndexOf(state)];
        return note.Length * 6.3;
    }

    /// <summary>
    /// Columns by longest path from the initial state once the edges that close cycles (found by a
    /// depth-first search from the initial state) are set aside; those are drawn as arcs below.
    /// </summary>
    private static (Dictionary<string, int> Layer, HashSet<(string, string)> Back) Layers(MachineGraph graph)
    {
        var back = new HashSet<(string, string)>();
        var onStack = new HashSet<string>();
        var done = new HashSet<string>();
        void Visit(string s)
        {
            onStack.Add(s);
            foreach (var t in graph.Transitions.Where(t => t.From == s && t.To != s))
            {
                if (onStack.Contains(t.To)) back.Add((t.From, t.To));
                else if (!done.Contains(t.To)) Visit(t.To);
            }
            onStack.Remove(s);
            done.Add(s);
        }
        Visit(graph.Initial);
        foreach (var s in graph.States.Where(s => !done.Contains(s))) Visit(s);
        var layer = graph.States.ToDictionary(s => s, _ => 0);
        for (var pass = 0; pass < graph.States.Count; pass++)
        {
            var changed = false;
            foreach (var t in graph.Transitions.Where(t => t.From != t.To && !back.Contains((t.From, t.To))))
            {
                if (layer.TryGetValue(t.From, out var lf) && layer.TryGetValue(t.To, out var lt) && lt < lf + 1)
                {
                    layer[t.To] = lf + 1;
                    changed = true;
                }
            }
            if (!changed) break;
        }
        return (layer, back);
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
