using ScottPlot;

namespace Simulator.Reports;

/// <summary>Charts of a sample's folder: PRIM's peeling trajectory.</summary>
public static class StudyCharts
{
    /// <summary>Coverage against density along each box's peeling trajectory, the chosen step ringed.</summary>
    public static Chart? Trajectory(DiscoveryData discovery)
    {
        ArgumentNullException.ThrowIfNull(discovery);
        if (discovery.Trajectory.Count == 0) return null;
        var plot = ReportCharts.NewPlot();
        var boxes = discovery.Trajectory.Select(s => s.Box).Distinct().ToList();
        foreach (var box in boxes)
        {
            var steps = discovery.Trajectory.Where(s => s.Box == box).ToList();
            var line = plot.Add.Scatter(steps.Select(s => 100 * s.Coverage).ToArray(), steps.Select(s => 100 * s.Density).ToArray(), Palette.Regime(box));
            line.MarkerSize = 5;
            line.LegendText = $"box {box}";
            foreach (var chosen in steps.Where(s => s.Chosen))
            {
                var ring = plot.Add.Scatter(new[] { 100 * chosen.Coverage }, new[] { 100 * chosen.Density }, Palette.Regime(box));
                ring.MarkerShape = MarkerShape.OpenCircle;
                ring.MarkerSize = 18;
                ring.LineWidth = 0;
            }
        }
        plot.XLabel("Coverage: share of the points of interest inside (%)");
        plot.YLabel("Density: share of the box that is of interest (%)");
        plot.ShowLegend(Alignment.LowerLeft);
        var description = "Peeling trajectory: " + string.Join("; ", boxes.Select(box =>
        {
            var steps = discovery.Trajectory.Where(s => s.Box == box).ToList();
            var chosen = steps.FirstOrDefault(s => s.Chosen);
            return $"box {box} peels in {steps.Count - 1} steps from coverage {Words.Percent(steps[0].Coverage)} at density {Words.Percent(steps[0].Density)} to coverage {Words.Percent(steps[^1].Coverage)} at density {Words.Percent(steps[^1].Density)}"
                + (chosen is null ? "" : $"; the chosen step {chosen.Number} has coverage {Words.Percent(chosen.Coverage)}, density {Words.Percent(chosen.Density)} and {chosen.Restricted} restricted parameters");
        })) + ".";
        return Chart.FromPlot("discovery-trajectory", "Peeling trajectory: coverage against density", description, plot, 900, 480);
    }
}
