using ScottPlot;

namespace Simulator.Reports;

/// <summary>
/// Cost against durability: each regime a point at its cost per trial and its probability of holding,
/// a vertical bar for its interval, Pareto-efficient regimes as filled squares joined by the
/// frontier line (cheapest first), the others as open circles.
/// </summary>
public static class FrontierChart
{
    /// <summary>The chart; null without a regime whose cost and durability are finite.</summary>
    public static Chart? Draw(string id, string title, IReadOnlyList<FrontierRow> rows, string durability, string interval)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var usable = rows.Where(r => double.IsFinite(r.Cost) && double.IsFinite(r.Holds)).ToList();
        if (usable.Count == 0) return null;
        var plot = ReportCharts.NewPlot();
        for (var i = 0; i < usable.Count; i++)
        {
            var r = usable[i];
            if (double.IsFinite(r.Lower) && double.IsFinite(r.Upper))
            {
                var bar = plot.Add.Line(r.Cost, 100 * r.Lower, r.Cost, 100 * r.Upper);
                bar.Color = Palette.Regime(i).WithAlpha(0.6);
                bar.LineWidth = 2;
            }
            var point = plot.Add.Scatter(new[] { r.Cost }, new[] { 100 * r.Holds }, Palette.Regime(i));
            point.MarkerShape = r.Efficient ? MarkerShape.FilledSquare : MarkerShape.OpenCircle;
            point.MarkerSize = 11;
            point.LegendText = r.Regime + (r.Efficient ? " (efficient)" : "");
        }
        var frontier = usable.Where(r => r.Efficient).OrderBy(r => r.Cost).ToList();
        if (frontier.Count > 1)
        {
            var line = plot.Add.Scatter(frontier.Select(r => r.Cost).ToArray(), frontier.Select(r => 100 * r.Holds).ToArray(), Colors.Gray);
            line.MarkerSize = 0;
            line.LinePattern = LinePattern.Dashed;
        }
        plot.XLabel("Cost per trial (the scenario's unit)");
        plot.YLabel($"{durability} (% of futures)");
        plot.ShowLegend(Alignment.LowerRight);
        var description = $"Cost per trial against {durability} with its {interval}: "
            + string.Join("; ", usable.Select(r => $"{r.Regime} costs {Words.Number(r.Cost, "0.##")} and holds in {Words.Percent(r.Holds)}"
                + (double.IsFinite(r.Lower) && double.IsFinite(r.Upper) ? $" ({Words.PercentRange(r.Lower, r.Upper)})" : "")
                + (r.Efficient ? ", Pareto-efficient" : ", dominated")))
            + ".";
        return Chart.FromPlot(id, title, description, plot, 900, 480);
    }
}
