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
    private const int MaxRanked = 15;
    private static readonly MarkerShape[] Shapes = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond];

    /// <summary>
    /// One response curve per varied parameter (at most four): the probability of holding at the
    /// horizon against the parameter's value, one line per regime (and per value of the other
    /// varied parameters), with 95 % bands. Each regime keeps its colour of the rest of the page
    /// (<paramref name="regimeIndex"/>); lines of one regime differ by marker. The legend sits beside
    /// the plot, never over its lines. Anything not drawn (parameters beyond four, series beyond
    /// eight, points without a number) is said in the chart's note.
    /// </summary>
    public static IReadOnlyList<Chart> Sweep(CsvTable table, Func<string, string> regimeName, Func<string, int>? regimeIndex = null)
    {
        if (!table.Has("point") || !table.Has("regime") || !table.Has(Outcome)) return [];
        regimeIndex ??= RegimesInFileOrder(table);
        var parameters = table.Header.Skip(table.IndexOf("point") + 1).TakeWhile(h => h != "regime").ToList();
        var numeric = parameters.Where(p => table.IsNumeric(table.IndexOf(p))).ToList();
        var charts = new List<Chart>();
        var left = new List<string>();
        if (numeric.Count > MaxParameters) left.Add($"{numeric.Count - MaxParameters} more varied values ({string.Join(", ", numeric.Skip(MaxParameters).Select(ParameterLabel))}) have no chart of their own");
        var words = parameters.Except(numeric).ToList();
        if (words.Count > 0) left.Add($"values that are not numbers ({string.Join(", ", words.Select(ParameterLabel))}) have no response curve");
        foreach (var parameter in numeric.Take(MaxParameters))
        {
            var others = parameters.Where(p => p != parameter).ToList();
            string SeriesOf(string[] row) => regimeName(table.Text(row, "regime"))
                + string.Concat(others.Select(o => $", {Words.Spaced(Last(o))} {table.Text(row, o)}"));
            var all = table.Rows.Select(SeriesOf).Distinct().ToList();
            var series = all.Take(MaxSeries).ToList();
            var notes = new List<string>(left);
            if (all.Count > series.Count) notes.Add($"{all.Count - series.Count} of {all.Count} lines are not drawn ({string.Join("; ", all.Skip(MaxSeries))}); sweep.csv has them");
            var plot = ReportCharts.NewPlot();
            var shapeOfRegime = new Dictionary<string, int>(StringComparer.Ordinal);
            var missing = 0;
            for (var s = 0; s < series.Count; s++)
            {
                var mine = table.Rows.Where(r => SeriesOf(r) == series[s]).ToList();
                var rows = mine.Where(r => table.Number(r, parameter) is not null && table.Number(r, Outcome) is not null)
                    .OrderBy(r => table.Number(r, parameter)).ToList();
                missing += mine.Count - rows.Count;
                if (rows.Count == 0) continue;
                var regime = table.Text(rows[0], "regime");
                var colour = Palette.Regime(regimeIndex(regime));
                var shape = shapeOfRegime[regime] = shapeOfRegime.TryGetValue(regime, out var k) ? k + 1 : 0;
                var xs = rows.Select(r => table.Number(r, parameter)!.Value).ToArray();
                var ys = rows.Select(r => 100 * table.Number(r, Outcome)!.Value).ToArray();
                var band = plot.Add.FillY(xs,
                    rows.Select(r => 100 * (table.Number(r, Outcome + "_lower") ?? table.Number(r, Outcome)!.Value)).ToArray(),
                    rows.Select(r => 100 * (table.Number(r, Outcome + "_upper") ?? table.Number(r, Outcome)!.Value)).ToArray());
                band.FillColor = colour.WithAlpha(0.12);
                band.LineWidth = 0;
                var line = plot.Add.Scatter(xs, ys, colour);
                line.LineWidth = 2.5f;
                line.MarkerSize = 7;
                // Lines of the same regime share its colour and differ by marker shape (and pattern).
                line.MarkerShape = Shapes[shape % Shapes.Length];
                line.LinePattern = shape == 0 ? LinePattern.Solid : LinePattern.Dashed;
                line.LegendText = series[s];
            }
            if (missing > 0) notes.Add($"{missing} point(s) without a value of {ParameterLabel(parameter)} or of the probability of holding are not drawn");
            plot.XLabel(ParameterLabel(parameter));
            plot.YLabel("Truce holds the whole horizon (% of futures)");
            var legend = plot.ShowLegend(Edge.Right);
            legend.Legend.FontSize = 12;
            var description = $"Probability that the truce holds the whole horizon as {ParameterLabel(parameter)} ({parameter}) varies, with 95% bands: "
                + string.Join("; ", series.Select(name => name + ": " + string.Join(", ", table.Rows.Where(r => SeriesOf(r) == name)
                    .OrderBy(r => table.Number(r, parameter)).Select(r => $"{table.Text(r, parameter)} → {Words.Percent(table.Number(r, Outcome) ?? 0)}"))))
                + ".";
            var chart = Chart.FromPlot("sweep-" + Slug(parameter), $"Response to {ParameterLabel(parameter)}", description, plot, 1000, 480);
            charts.Add(chart.WithNote(notes.Count == 0 ? null : "Not shown: " + string.Join("; ", notes) + "."));
        }
        return charts;
    }

    /// <summary>
    /// A key path as an axis reads it: its last key in words, then what it belongs to, e.g.
    /// <c>regimes.monitors.sensitivity</c> → "sensitivity (regime monitors)",
    /// <c>escalation.decay_days</c> → "decay days (escalation)".
    /// </summary>
    public static string ParameterLabel(string path)
    {
        var keys = path.Split('.');
        if (keys.Length == 1) return Words.Spaced(path);
        var owner = keys.Length >= 3 ? $"{Singular(keys[0])} {string.Join('.', keys[1..^1])}" : Words.Spaced(keys[0]);
        return $"{Words.Spaced(keys[^1])} ({owner})";
    }

    private static string Singular(string section) => Words.Spaced(section.EndsWith("ies", StringComparison.Ordinal) ? section[..^3] + "y"
        : section.EndsWith('s') ? section[..^1] : section);

    // Without the run's regimes (a folder holding only a sweep), regimes take the palette in the file's order.
    private static Func<string, int> RegimesInFileOrder(CsvTable table)
    {
        var order = table.Rows.Select(r => table.Text(r, "regime")).Distinct().ToList();
        return id => Math.Max(0, order.IndexOf(id));
    }

    /// <summary>
    /// Per regime (at most four), the parameters ranked by their total Sobol index or Morris μ*,
    /// each bar with its 95 % bootstrap interval.
    /// </summary>
    public static IReadOnlyList<Chart> Sensitivity(CsvTable table, Func<string, int>? regimeIndex = null)
    {
        if (!table.Has("regime") || !table.Has("parameter")) return [];
        var (effect, label) = table.Rows.Any(r => table.Number(r, "st") is not null) ? ("st", "Total Sobol index S_T (share of the outcome's variance)")
            : table.Rows.Any(r => table.Number(r, "mu_star") is not null) ? ("mu_star", "Morris μ* (mean absolute elementary effect)")
            : (null, "");
        if (effect is null) return [];
        regimeIndex ??= RegimesInFileOrder(table);
        var charts = new List<Chart>();
        var regimes = table.Rows.Select(r => table.Text(r, "regime")).Distinct().ToList();
        foreach (var regime in regimes.Take(MaxParameters))
        {
            var items = table.Rows.Where(r => table.Text(r, "regime") == regime && table.Number(r, effect) is not null)
                .Select(r => (Name: table.Text(r, "parameter"), Value: table.Number(r, effect)!.Value,
                    Lower: table.Number(r, effect + "_lower"), Upper: table.Number(r, effect + "_upper")))
                .OrderByDescending(i => i.Value).ToList();
            var ranked = items.Count;
            items = items.Take(MaxRanked).ToList();
            if (items.Count == 0) continue;
            var plot = ReportCharts.NewPlot();
            for (var i = 0; i < items.Count; i++)
            {
                plot.Add.Bar(new Bar
                {
                    Position = -i,
                    ValueBase = 0,
                    Value = items[i].Value,
                    FillColor = Palette.Regime(regimeIndex(regime)), // the regime's colour, as everywhere on the page
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
            plot.Axes.Left.TickGenerator = new NumericManual(items.Select((_, i) => (double)-i).ToArray(), items.Select(i => ParameterLabel(i.Name)).ToArray());
            plot.Axes.Left.MajorTickStyle.Length = 0;
            plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
            plot.XLabel(label);
            var description = $"{regime}: parameters ranked by {label}, with 95% bootstrap intervals: "
                + string.Join("; ", items.Select(i => $"{i.Name} {Words.Number(i.Value, "0.###")}"
                    + (i.Lower is { } l && i.Upper is { } u ? $" ({Words.Number(l, "0.###")} to {Words.Number(u, "0.###")})" : ""))) + ".";
            var notes = new List<string>();
            if (ranked > items.Count) notes.Add($"{ranked - items.Count} parameters ranked below the first {MaxRanked} (sensitivity.csv lists them)");
            if (regime == regimes[^1] && regimes.Count > MaxParameters) notes.Add($"{regimes.Count - MaxParameters} more regimes have no chart ({string.Join(", ", regimes.Skip(MaxParameters))})");
            charts.Add(Chart.FromPlot("sensitivity-" + Slug(regime), $"Which parameters matter most: {regime}", description, plot,
                1000, Math.Max(240, 90 + 34 * items.Count)).WithNote(notes.Count == 0 ? null : "Not shown: " + string.Join("; ", notes) + "."));
        }
        return charts;
    }

    private static string Last(string path) => path[(path.LastIndexOf('.') + 1)..];

    private static string Slug(string text) => new(text.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
}
