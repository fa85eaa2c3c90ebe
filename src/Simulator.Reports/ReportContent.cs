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
            .Concat(new[] { Calibration }.OfType<Chart>());

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
            CauseLabel = CauseLabel,
        };
    }

    // A regime's colour is its position in the run; without a run in the folder, the study file's order decides.
    private static Func<string, int>? RunRegimeIndex(RunFolder run) =>
        run.Regimes.Count == 0 ? null : id => ReportCharts.RegimeIndex(run, id);
}
