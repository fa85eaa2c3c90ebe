namespace Simulator.Reports;

/// <summary>Everything the report shows, computed once from a run folder; rendered to HTML and to chart files.</summary>
public sealed record ReportContent
{
    /// <summary>The run.</summary>
    public required RunFolder Run { get; init; }

    /// <summary>The plain-language summary, one string per paragraph.</summary>
    public required IReadOnlyList<string> Summary { get; init; }

    /// <summary>Survival curves.</summary>
    public Chart? Survival { get; init; }

    /// <summary>Forest plot of hold-probability differences.</summary>
    public Chart? Differences { get; init; }

    /// <summary>Forest plot of mean-days differences.</summary>
    public Chart? MeanDaysDifferences { get; init; }

    /// <summary>Cumulative incidence per regime.</summary>
    public IReadOnlyList<Chart> Incidence { get; init; } = [];

    /// <summary>Verdict shares.</summary>
    public Chart? Verification { get; init; }

    /// <summary>Time to verdict.</summary>
    public Chart? VerdictTime { get; init; }

    /// <summary>State machines with their graphs (truce first).</summary>
    public IReadOnlyList<(MachineGraph Graph, Chart Chart)> Machines { get; init; } = [];

    /// <summary>Sweep response curves.</summary>
    public IReadOnlyList<Chart> Sweep { get; init; } = [];

    /// <summary>Sensitivity rankings, one per regime.</summary>
    public IReadOnlyList<Chart> Sensitivity { get; init; } = [];

    /// <summary>Data against the calibrated model, when the folder holds a calibration.</summary>
    public Chart? Calibration { get; init; }

    /// <summary>Cost against durability at the horizon (a run).</summary>
    public Chart? Frontier { get; init; }

    /// <summary>PRIM's peeling trajectory, when the folder holds discovery.json.</summary>
    public Chart? Trajectory { get; init; }

    /// <summary>Cost against durability across a sample's worlds, when the folder holds robustness-frontier.csv.</summary>
    public Chart? WorldsFrontier { get; init; }

    /// <summary>Names a cause id ("commitment:trigger") in words.</summary>
    public required Func<string, string> CauseLabel { get; init; }

    /// <summary>Every chart, in report order.</summary>
    public IEnumerable<Chart> Charts =>
        new[] { Survival, Differences, MeanDaysDifferences }.OfType<Chart>()
            .Concat(Incidence)
            .Concat(new[] { Verification, VerdictTime }.OfType<Chart>())
            .Concat(Machines.Select(m => m.Chart))
            .Concat(Sweep)
            .Concat(Sensitivity)
            .Concat(new[] { Calibration, Frontier, Trajectory, WorldsFrontier }.OfType<Chart>());

    /// <summary>Builds every chart and the summary.</summary>
    public static ReportContent Build(RunFolder run)
    {
        var commitments = run.Scenario?.Commitments.ToDictionary(c => c.Id, c => c.Name) ?? [];
        string CauseLabel(string cause)
        {
            var colon = cause.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0) return Words.Spaced(cause);
            var owner = cause[..colon];
            var name = commitments.TryGetValue(owner, out var n) ? n : owner == "truce" ? "the truce" : Words.Spaced(owner);
            return $"{name}: {Words.Spaced(cause[(colon + 1)..])}";
        }
        var trajectory = run.Discovery is null ? null : StudyCharts.Trajectory(run.Discovery);
        var worlds = run.RobustnessFrontier is null ? null : FrontierChart.Draw("robustness-frontier", "Cost against durability across worlds",
            FrontierRows(run.RobustnessFrontier), "Truce holds (mean over worlds)", "10th–90th percentile over worlds");
        if (run.IsStudy)
        {
            return new ReportContent { Run = run, Summary = [], CauseLabel = CauseLabel, Trajectory = trajectory, WorldsFrontier = worlds };
        }
        var machines = new List<(MachineGraph, Chart)>();
        if (run.Scenario is not null)
        {
            var truce = MachineGraph.Truce();
            machines.Add((truce, MachineDiagram.Layout(truce)));
            foreach (var commitment in run.Scenario.Commitments)
            {
                var graph = MachineGraph.FromCommitment(commitment);
                machines.Add((graph, MachineDiagram.Layout(graph)));
            }
        }
        return new ReportContent
        {
            Run = run,
            Summary = SummaryText.Paragraphs(run, CauseLabel),
            Survival = ReportCharts.Survival(run),
            Differences = ReportCharts.Differences(run),
            MeanDaysDifferences = ReportCharts.MeanDaysDifferences(run),
            Incidence = ReportCharts.Incidence(run, CauseLabel),
            Verification = ReportCharts.Verification(run),
            VerdictTime = ReportCharts.VerdictTime(run),
            Machines = machines,
            Sweep = run.Sweep is null ? [] : SweepCharts.Sweep(run.Sweep, id => run.Regime(id)?.Name ?? id, RunRegimeIndex(run)),
            Sensitivity = run.Sensitivity is null ? [] : SweepCharts.Sensitivity(run.Sensitivity, RunRegimeIndex(run)),
            Calibration = run.Calibration is null ? null : CalibrationCharts.DataAgainstModel(run.Calibration),
            Frontier = FrontierChart.Draw("frontier", "Cost against durability", [.. (run.Summary.Frontier ?? []).Select(f => new FrontierRow(run.Regime(f.Regime)?.Name ?? f.Regime,
                f.CostPerTrial, f.InspectionsPerTrial ?? double.NaN, f.HoldsHorizon?.Estimate ?? double.NaN, f.HoldsHorizon?.Lower95 ?? double.NaN, f.HoldsHorizon?.Upper95 ?? double.NaN, f.Efficient))],
                "Truce holds the whole horizon", "95% interval"),
            Trajectory = trajectory,
            WorldsFrontier = worlds,
            CauseLabel = CauseLabel,
        };
    }

    // A regime's colour is its position in the run; without a run in the folder, the study file's order decides.
    private static Func<string, int>? RunRegimeIndex(RunFolder run) =>
        run.Regimes.Count == 0 ? null : id => ReportCharts.RegimeIndex(run, id);

    /// <summary>The rows of frontier.csv or robustness-frontier.csv.</summary>
    public static IReadOnlyList<FrontierRow> FrontierRows(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return [.. table.Rows.Select(r => new FrontierRow(table.Text(r, "regime"), table.Number(r, "cost_per_trial") ?? double.NaN,
            table.Number(r, "inspections_per_trial") ?? double.NaN, table.Number(r, "holds") ?? double.NaN,
            table.Number(r, "holds_lower") ?? double.NaN, table.Number(r, "holds_upper") ?? double.NaN, table.Text(r, "efficient") == "true"))];
    }
}
