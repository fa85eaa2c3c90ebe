using ScottPlot;

namespace Simulator.Reports;

/// <summary>The calibration chart: per group, the data's Kaplan–Meier curve with its 95% band against the fitted model's curve with its band.</summary>
public static class CalibrationCharts
{
    private const int GridPoints = 600;

    /// <summary>The chart, or null when the folder's calibration has no curves.</summary>
    public static Chart? DataAgainstModel(CalibrationData calibration)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        var groups = calibration.Groups.Where(g => g.DataCurve.Count > 0 && g.ModelCurve.Count > 0).ToArray();
        if (groups.Length == 0) return null;
        var horizon = groups.Max(g => g.ModelCurve.Max(p => p.Day));
        if (!(horizon > 0)) return null;
        var grid = Enumerable.Range(0, GridPoints + 1).Select(i => horizon * i / GridPoints).ToArray();
        var plot = ReportCharts.NewPlot();
        for (var i = 0; i < groups.Length; i++)
        {
            var g = groups[i];
            var colour = Palette.Regime(i + 1);
            Curve(plot, grid, g.DataCurve, colour, LinePattern.Solid, 0.18, $"data: {Label(g)} (n = {Words.Count(g.Subjects)}, 95% band)");
            Curve(plot, grid, g.ModelCurve, colour, LinePattern.Dashed, 0.10, $"model: {g.Regime} (95% band)");
        }
        plot.Axes.SetLimits(0, horizon * 1.02, 0, 102);
        plot.XLabel("Days since the truce began");
        plot.YLabel("Truce still holds (%)");
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0, 20, 40, 60, 80, 100], ["0%", "20%", "40%", "60%", "80%", "100%"]);
        var legend = plot.ShowLegend(Alignment.UpperRight);
        legend.FontSize = 13;
        return Chart.FromPlot("calibration", "Data against the calibrated model", Description(groups), plot, 1000, 560);
    }

    private static string Label(CalibrationGroupData g) => g.Value.Length == 0 ? "all rows" : g.Value;

    private static void Curve(Plot plot, double[] grid, IReadOnlyList<CurvePoint> curve, Color colour, LinePattern pattern, double alpha, string legend)
    {
        var (s, lo, hi) = Steps(curve, grid);
        var band = plot.Add.FillY(grid, lo, hi);
        band.FillColor = colour.WithAlpha(alpha);
        band.LineWidth = 0;
        band.LegendText = "";
        var line = plot.Add.Scatter(grid, s, colour);
        line.MarkerSize = 0;
        line.LineWidth = 2.5f;
        line.LinePattern = pattern;
        line.LegendText = legend;
    }

    // The right-continuous step curve and its band at each grid day, in percent.
    private static (double[] S, double[] Lower, double[] Upper) Steps(IReadOnlyList<CurvePoint> curve, double[] grid)
    {
        var points = curve.OrderBy(p => p.Day).ToArray();
        var s = new double[grid.Length];
        var lo = new double[grid.Length];
        var hi = new double[grid.Length];
        var j = -1;
        for (var i = 0; i < grid.Length; i++)
        {
            while (j + 1 < points.Length && points[j + 1].Day <= grid[i]) j++;
            var p = j >= 0 ? points[j] : null;
            s[i] = (p?.Survival ?? 1) * 100;
            lo[i] = (p?.Lower ?? p?.Survival ?? 1) * 100;
            hi[i] = (p?.Upper ?? p?.Survival ?? 1) * 100;
        }
        return (s, lo, hi);
    }

    private static string Description(IEnumerable<CalibrationGroupData> groups) =>
        string.Join(" ", groups.Select(g =>
            $"{Label(g)} against {g.Regime}: " + string.Join(", ", g.Holds.Select(h =>
                $"day {Words.Days(h.Data.Day)} data {Words.Percent(h.Data.Estimate)} ({Range(h.Data)}), model {Words.Percent(h.Model.Estimate)} ({Range(h.Model)})")) + "."));

    private static string Range(DayEstimate e) => e.Lower is { } lo && e.Upper is { } hi ? $"{Words.Percent(lo)}–{Words.Percent(hi)}" : "no band";
}
