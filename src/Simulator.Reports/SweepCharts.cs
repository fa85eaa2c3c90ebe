using ScottPlot;
using ScottPlot.TickGenerators;

namespace Simulator.Reports;

/// <summary>
/// Charts for sweep.csv (response curves) and sensitivity.csv (ranked effects), read by the column
/// names docs/sweeps.md documents: sweep.csv has <c>point</c>, one column per varied parameter, then
/// <c>regime</c> and the statistics (<c>holds_horizon</c> with <c>_lower</c>/<c>_upper</c>, …);
/// sensitivity.csv has <c>regime</c>, <c>parameter</c> and either <c>st</c> (Sobol) or
/// <c>mu_star</c> (Morris) with their intervals. A file without those columns yields no chart
/// (the report then shows its first rows as a table).
/// </summary>
public static class SweepCharts
{
    private const string Outcome = "holds_horizon";
    private const int MaxParameters = 4;
    private const int MaxSeries = 8;
    private static readonly MarkerShape[] Shapes = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond];

    /// <summary>
    /// One response curve per varied parameter (at most four): the probability of holding at the
    /// horizon against the parameter's value, one line per regime (and per value of the other
    /// varied parameters), with 95 % bands.
    /// </summary>
    public static IReadOnlyList<Chart> Sweep(CsvTable table, Func<string, string> regimeName)
    {
        if (!table.Has("point") || !table.Has("regime") || !table.Has(Outcome)) return [];
        var parameters = table.Header.Skip(table.IndexOf("point") + 1).TakeWhile(h => h != "regime").ToList();
        var charts = new List<Chart>();
        foreach (var parameter in parameters.Where(p => table.IsNumeric(table.IndexOf(p))).Take(MaxParameters))
        {
            var others = parameters.Where(p => p != parameter).ToList();
            string SeriesOf(string[] row) => regimeName(table.Text(row, "regime"))
                + string.Concat(others.Select(o => $", {Words.Spaced(Last(o))} {table.Text(row, o)}"));
            var series = table.Rows.Select(SeriesOf).Distinct().Take(MaxSeries).ToList();
            var plot = ReportCharts.NewPlot();
            for (var s = 0; s < series.Count; s++)
            {
                var rows = table.Rows.Where(r => SeriesOf(r) == series[s] && table.Number(r, parameter) is not null && table.Number(r, Outcome) is not null)
                    .OrderBy(r => table.Number(r, parameter)).ToList();
                if (rows.Count == 0) continue;
                var xs = rows.Select(r => table.Number(r, parameter)!.Value).ToArray();
                var ys = rows.Select(r => 100 * table.Number(r, Outcome)!.Value).ToArray();
                var band = plot.Add.FillY(xs,
                    rows.Select(r => 100 * (table.Number(r, Outcome + "_lower") ?? table.Number(r, Outcome)!.Value)).ToArray(),
                    rows.Select(r => 100 * (table.Number(r, Outcome + "_upper") ?? table.Number(r, Outcome)!.Value)).ToArray());
                band.FillColor = Palette.Regime(s + 1).WithAlpha(0.12);
                band.LineWidth = 0;
                var line = plot.Add.Scatter(xs, ys, Palette.Regime(s + 1));
                line.LineWidth = 2.5f;
                line.MarkerSize = 7;
                // Series differ by marker shape as well as colour, for readers who cannot tell the colours apart.
                line.MarkerShape = Shapes[s % Shapes.Length];
                line.LegendText = series[s];
            }
            plot.XLabel(parameter);
            plot.YLabel("Truce holds the whole horizon (% of futures)");
            plot.ShowLegend(Alignment.LowerRight);
            var description = $"Probability that the truce holds the whole horizon as {parameter} varies, with 95% bands: "
                + string.Join("; ", series.Select(name => name + ": " + string.Join(", ", table.Rows.Where(r => SeriesOf(r) == name)
                    .OrderBy(r => table.Number(r, parameter)).Select(r => $"{table.Text(r, parameter)} → {Words.Percent(table.Number(r, Outcome) ?? 0)}"))))
                + ".";
            charts.Add(Chart.FromPlot("sweep-" + Slug(parameter), $"Response to {parameter}", description, plot, 900, 480));
        }
        return charts;
    }

    /// <summary>
    /// Per regime (at most four), the parameters ranked by their total Sobol index or Morris μ*,
    /// each bar with its 95 % bootstrap interval.
    /// </summary>
    public static IReadOnlyList<Chart> Sensitivity(CsvTable table)
    {
        if (!table.Has("regime") || !table.Has("parameter")) return [];
        var (effect, label) = table.Rows.Any(r => table.Number(r, "st") is not null) ? ("st", "Total Sobol index S_T (share of the outcome's variance)")
            : table.Rows.Any(r => table.Number(r, "mu_star") is not null) ? ("mu_star", "Morris μ* (mean absolute elementary effect)")
            : (null, "");
        if (effect is null) return [];
        var charts = new List<Chart>();
        foreach (var regime in table.Rows.Select(r => table.Text(r, "regime")).Distinct().Take(4))
        {
            var items = table.Rows.Where(r => table.Text(r, "regime") == regime && table.Number(r, effect) is not null)
                .Select(r => (Name: table.Text(r, "parameter"), Value: table.Number(r, effect)!.Value,
                    Lower: table.Number(r, effect + "_lower"), Upper: table.Number(r, effect + "_upper")))
                .OrderByDescending(i => i.Value).Take(15).ToList();
            if (items.Count == 0) continue;
            var plot = ReportCharts.NewPlot();
            for (var i = 0; i < items.Count; i++)
            {
                plot.Add.Bar(new Bar
                {
                    Position = -i,
                    ValueBase = 0,
                    Value = items[i].Value,
                    FillColor = Color.FromHex("#0072B2"),
                    LineWidth = 0,
                    Size = 0.6,
                    Orientation = Orientation.Horizontal,
                });
                if (items[i].Lower is { } lo && items[i].Upper is { } hi)
                {
                    var bar = new ScottPlot.Plottables.ErrorBar([items[i].Value], [-i], [hi - items[i].Value], [items[i].Value - lo], null, null)
                    { Color = Colors.Black, LineWidth = 1.5f, CapSize = 5 };
                    plot.Add.Plottable(bar);
                }
            }
            plot.Axes.Left.TickGenerator = new NumericManual(items.Select((_, i) => (double)-i).ToArray(), items.Select(i => i.Name).ToArray());
            plot.Axes.Left.MajorTickStyle.Length = 0;
            plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
            plot.XLabel(label);
            var description = $"{regime}: parameters ranked by {label}, with 95% bootstrap intervals: "
                + string.Join("; ", items.Select(i => $"{i.Name} {Words.Number(i.Value, "0.###")}"
                    + (i.Lower is { } l && i.Upper is { } u ? $" ({Words.Number(l, "0.###")} to {Words.Number(u, "0.###")})" : ""))) + ".";
            charts.Add(Chart.FromPlot("sensitivity-" + Slug(regime), $"Which parameters matter most: {regime}", description, plot,
                1000, Math.Max(240, 90 + 34 * items.Count)));
        }
        return charts;
    }

    private static string Last(string path) => path[(path.LastIndexOf('.') + 1)..];

    private static string Slug(string text) => new(text.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
}
