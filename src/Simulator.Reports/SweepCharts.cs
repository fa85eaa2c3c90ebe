using ScottPlot;
using ScottPlot.TickGenerators;

namespace Simulator.Reports;

/// <summary>
/// Charts for sweep.csv (response curves) and sensitivity.csv (ranked effects). Their columns are
/// still settling, so columns are found by name patterns and anything unrecognised yields no chart
/// (the report then shows the first rows as a table instead).
/// </summary>
public static class SweepCharts
{
    private static readonly string[] LabelColumns = ["parameter", "key", "path", "name", "factor", "variable"];
    private static readonly MarkerShape[] Shapes = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond];
    private static readonly string[] NotOutcome = ["lower", "upper", "std", "trial", "seed", "pairs", "index_of"];

    /// <summary>One response-curve chart per swept parameter (at most eight).</summary>
    public static IReadOnlyList<Chart> Sweep(CsvTable table, Func<string, string> regimeName)
    {
        var charts = new List<Chart>();
        var group = FirstPresent(table, LabelColumns, numeric: false);
        var y = Outcome(table);
        var x = FirstPresent(table, ["value", "parameter_value", "x", "level"], numeric: true)
            ?? table.Header.FirstOrDefault(h => h != y && table.IsNumeric(table.IndexOf(h)) && !IsOutcomeLike(h));
        if (x is null || y is null) return charts;
        var lower = Bound(table, y, "lower");
        var upper = Bound(table, y, "upper");
        var regime = table.Has("regime") ? "regime" : null;
        var percent = table.Rows.All(r => table.Number(r, y) is not { } v || v is >= 0 and <= 1);
        foreach (var parameter in table.Rows.Select(r => group is null ? "" : table.Text(r, group)).Distinct().Take(8))
        {
            var rows = table.Rows.Where(r => group is null || table.Text(r, group) == parameter).ToList();
            var plot = ReportCharts.NewPlot();
            var series = rows.Select(r => regime is null ? "" : table.Text(r, regime)).Distinct().ToList();
            for (var s = 0; s < series.Count; s++)
            {
                var points = rows.Where(r => (regime is null || table.Text(r, regime) == series[s]) && table.Number(r, x) is not null && table.Number(r, y) is not null)
                    .OrderBy(r => table.Number(r, x)).ToList();
                if (points.Count == 0) continue;
                var xs = points.Select(r => table.Number(r, x)!.Value).ToArray();
                var scale = percent ? 100 : 1;
                if (lower is not null && upper is not null)
                {
                    var band = plot.Add.FillY(xs, points.Select(r => (table.Number(r, lower) ?? table.Number(r, y)!.Value) * scale).ToArray(),
                        points.Select(r => (table.Number(r, upper) ?? table.Number(r, y)!.Value) * scale).ToArray());
                    band.FillColor = Palette.Regime(s + 1).WithAlpha(0.15);
                    band.LineWidth = 0;
                }
                var line = plot.Add.Scatter(xs, points.Select(r => table.Number(r, y)!.Value * scale).ToArray(), Palette.Regime(s + 1));
                line.LineWidth = 2.5f;
                line.MarkerSize = 7;
                // Regimes differ by marker shape as well as colour; dashed lines with markers are not drawable in SVG.
                line.MarkerShape = Shapes[s % Shapes.Length];
                line.LegendText = series[s].Length > 0 ? regimeName(series[s]) : "";
            }
            plot.XLabel(parameter.Length > 0 ? $"{parameter} ({x})" : x);
            plot.YLabel(percent ? $"{Words.Spaced(y)} (%)" : Words.Spaced(y));
            if (series.Count > 1 || series[0].Length > 0) plot.ShowLegend(Alignment.UpperRight);
            var id = "sweep" + (parameter.Length > 0 ? "-" + Slug(parameter) : "");
            charts.Add(Chart.FromPlot(id, parameter.Length > 0 ? $"Response to {parameter}" : "Response curve",
                $"{Words.Spaced(y)} as {(parameter.Length > 0 ? parameter : x)} varies, {rows.Count} rows of sweep.csv.", plot, 900, 450));
        }
        return charts;
    }

    /// <summary>Ranked horizontal bars of each parameter's effect (a tornado when low/high columns exist).</summary>
    public static Chart? Sensitivity(CsvTable table)
    {
        var label = FirstPresent(table, LabelColumns, numeric: false)
            ?? table.Header.FirstOrDefault(h => !table.IsNumeric(table.IndexOf(h)));
        if (label is null) return null;
        var low = table.Header.FirstOrDefault(h => h.Contains("low", StringComparison.OrdinalIgnoreCase) && table.IsNumeric(table.IndexOf(h)));
        var high = table.Header.FirstOrDefault(h => h.Contains("high", StringComparison.OrdinalIgnoreCase) && table.IsNumeric(table.IndexOf(h)));
        var effect = table.Header.FirstOrDefault(h => new[] { "effect", "range", "swing", "delta", "diff", "importance", "sensitivity", "index", "elasticity" }
                .Any(k => h.Contains(k, StringComparison.OrdinalIgnoreCase)) && table.IsNumeric(table.IndexOf(h)) && h != low && h != high)
            ?? table.Header.LastOrDefault(h => table.IsNumeric(table.IndexOf(h)) && h != low && h != high);
        if (effect is null && (low is null || high is null)) return null;
        var regime = table.Has("regime") && table.Rows.Select(r => table.Text(r, "regime")).Distinct().Count() > 1 ? "regime" : null;
        var items = table.Rows.Select(r =>
        {
            var name = table.Text(r, label) + (regime is null ? "" : $" ({table.Text(r, regime)})");
            double from, to;
            if (low is not null && high is not null && table.Number(r, low) is { } l && table.Number(r, high) is { } h)
            {
                (from, to) = (l, h);
            }
            else
            {
                (from, to) = (0, table.Number(r, effect!) ?? 0);
            }
            return (Name: name, From: from, To: to, Size: Math.Abs(to - from));
        }).OrderByDescending(i => i.Size).Take(15).ToList();
        if (items.Count == 0) return null;
        var plot = ReportCharts.NewPlot();
        for (var i = 0; i < items.Count; i++)
        {
            plot.Add.Bar(new Bar
            {
                Position = -i, ValueBase = Math.Min(items[i].From, items[i].To), Value = Math.Max(items[i].From, items[i].To),
                FillColor = Color.FromHex(items[i].To >= items[i].From ? "#0072B2" : "#D55E00"), LineWidth = 0, Size = 0.65,
                Orientation = Orientation.Horizontal,
            });
        }
        plot.Axes.Left.TickGenerator = new NumericManual(items.Select((_, i) => (double)-i).ToArray(), items.Select(i => i.Name).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.XLabel(low is not null && high is not null
            ? $"Outcome with the parameter at its low and high values ({low} → {high})"
            : Words.Capitalised(Words.Spaced(effect!)));
        var description = "Parameters ranked by effect (blue: the outcome rises from the low to the high value; orange: it falls): " + string.Join("; ", items.Select(i => $"{i.Name} {Words.Number(i.From, "0.###")} to {Words.Number(i.To, "0.###")}")) + ".";
        return Chart.FromPlot("sensitivity", "Which parameters matter most", description, plot, 1000, Math.Max(260, 90 + 34 * items.Count));
    }

    private static string? FirstPresent(CsvTable table, IEnumerable<string> names, bool numeric) =>
        names.FirstOrDefault(n => table.Has(n) && table.IsNumeric(table.IndexOf(n)) == numeric);

    private static bool IsOutcomeLike(string column) =>
        new[] { "hold", "surviv", "rmst", "mean", "median", "diff", "collapse" }.Any(k => column.Contains(k, StringComparison.OrdinalIgnoreCase));

    private static string? Outcome(CsvTable table)
    {
        foreach (var key in new[] { "hold", "surviv", "rmst", "mean", "median", "collapse" })
        {
            var hit = table.Header.FirstOrDefault(h => h.Contains(key, StringComparison.OrdinalIgnoreCase)
                && !NotOutcome.Any(n => h.Contains(n, StringComparison.OrdinalIgnoreCase)) && table.IsNumeric(table.IndexOf(h)));
            if (hit is not null) return hit;
        }
        return null;
    }

    private static string? Bound(CsvTable table, string outcome, string side) =>
        table.Header.FirstOrDefault(h => h.StartsWith(outcome, StringComparison.OrdinalIgnoreCase) && h.Contains(side, StringComparison.OrdinalIgnoreCase)
            && table.IsNumeric(table.IndexOf(h)));

    private static string Slug(string text) => new(text.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
}
