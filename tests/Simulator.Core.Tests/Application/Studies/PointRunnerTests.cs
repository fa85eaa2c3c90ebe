using Simulator.Application.Studies;
using Simulator.Engine;
using Simulator.Loading;
using Simulator.Model;
using Simulator.Output;
using Simulator.Results;
using Simulator.Studies.Sweeps;
using Simulator.Tests.Support;

namespace Simulator.Tests.Application.Studies;

public class PointRunnerTests
{
    private static PointPlan Plan(params SweepAxis[] axes) => new()
    {
        ScenarioText = SweepScenarios.TwoRegimes(),
        DisplayName = "two.yaml",
        ParameterNames = axes.Select(a => a.Path).ToArray(),
        Points = FactorialDesign.Points(axes),
    };

    [Fact]
    public void Run_CommonRandomNumbersAcrossPoints_AndAPointEqualsAPlainRun()
    {
        var prepared = Plan(new SweepAxis("regimes.fast.sensitivity", ["0.6", "0.9"])).Prepare();
        Assert.True(prepared.Succeeded, string.Join("\n", prepared.Problems));

        var result = new PointRunner().Run(prepared, threads: 2, blockSize: 128, progress: null, CancellationToken.None);

        Assert.False(result.Partial);
        Assert.Equal(2, result.Completed.Count);
        // The baseline is not varied: with the same seed and trials it is identical at every point.
        var baseline = result.Completed.Select(p => p.Report.Regimes[0].Statistics!.RestrictedMean.Estimate).ToArray();
        Assert.Equal(baseline[0], baseline[1]);
        // A higher sensitivity confirms more attacks, so the truce collapses sooner on the same trials.
        Assert.True(result.Completed[1].Report.Regimes[1].Statistics!.RestrictedMean.Estimate
            < result.Completed[0].Report.Regimes[1].Statistics!.RestrictedMean.Estimate);

        // Point 1 sets the value the file already has: its statistics are those of a plain run.
        var scenario = ScenarioLoader.LoadText(SweepScenarios.TwoRegimes(), "two.yaml").Scenario!;
        var plain = new SimulationRunner().Run(new RunRequest { Scenario = scenario, RegimeIndices = [0, 1], Trials = scenario.Trials, Threads = 1, BlockSize = 64 });
        var report = RunReport.Build(scenario, ScenarioHash.Compute(scenario), "two.yaml", [], plain, new CauseCatalog(scenario));
        Assert.Equal(report.Regimes[1].Statistics!.RestrictedMean, result.Completed[0].Report.Regimes[1].Statistics!.RestrictedMean);
    }

    [Fact]
    public void Prepare_InvalidPoints_AreListedOnceEach()
    {
        var prepared = Plan(new SweepAxis("regimes.fast.sensitivity", ["0.5", "2", "3"])).Prepare();

        Assert.False(prepared.Succeeded);
        Assert.Contains(prepared.Problems, p => p.StartsWith("point 2 (regimes.fast.sensitivity=2)", StringComparison.Ordinal));
        Assert.Contains(prepared.Problems, p => p.Contains("must be a probability between 0 and 1; found 2", StringComparison.Ordinal));
        Assert.Contains(prepared.Problems, p => p.StartsWith("point 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_Cancelled_KeepsFinishedPointsOnly()
    {
        var prepared = Plan(new SweepAxis("regimes.fast.sensitivity", ["0.5", "0.6", "0.7"])).Prepare();
        using var cancel = new CancellationTokenSource();
        var progress = new CancelAfter(prepared.Points[0].Scenario.Trials + 1, cancel);

        var result = new PointRunner().Run(prepared, threads: 1, blockSize: 64, progress, cancel.Token);

        Assert.True(result.Partial);
        Assert.Single(result.Completed);
        Assert.Equal(3, result.Requested);
        var csv = PointsCsv.Format(prepared.Plan.ParameterNames, result.Completed).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, csv.Length); // header + two regimes of point 1
    }

    [Fact]
    public void Csv_HasStableColumns()
    {
        var prepared = Plan(new SweepAxis("regimes.fast.sensitivity", ["0.6"])).Prepare();
        var result = new PointRunner().Run(prepared, 1, 128, null, CancellationToken.None);

        var lines = PointsCsv.Format(prepared.Plan.ParameterNames, result.Completed).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            "point,regimes.fast.sensitivity,regime,baseline,trials,horizon_days,"
            + "holds_30,holds_30_lower,holds_30_upper,holds_90,holds_90_lower,holds_90_upper,holds_180,holds_180_lower,holds_180_upper,"
            + "holds_365,holds_365_lower,holds_365_upper,holds_horizon,holds_horizon_lower,holds_horizon_upper,"
            + "rmst,rmst_lower,rmst_upper,median,median_lower,median_upper,"
            + "diff_holds_horizon,diff_holds_horizon_lower,diff_holds_horizon_upper,diff_rmst,diff_rmst_lower,diff_rmst_upper,"
            + "cost_per_trial,cost_per_day_gained,inspections,refusals",
            lines[0]);
        Assert.StartsWith("1,0.6,monitors,monitors,400,365,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",,,,,,,0,,1277,0", lines[1], StringComparison.Ordinal); // no difference nor cost gain on the baseline's row
        Assert.StartsWith("1,0.6,fast,monitors,400,365,", lines[2], StringComparison.Ordinal);
    }

    private sealed class CancelAfter(long trials, CancellationTokenSource source) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            if (value.CompletedTrials >= trials) source.Cancel();
        }
    }
}
