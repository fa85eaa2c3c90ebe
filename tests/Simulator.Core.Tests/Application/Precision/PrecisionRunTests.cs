using Simulator.Application.Precision;
using Simulator.Engine;
using Simulator.Model;
using Simulator.Results.Precision;
using Simulator.Tests.Engine;

namespace Simulator.Tests.Application.Precision;

public sealed class PrecisionRunTests
{
    [Fact]
    public void Run_HoldsTarget_StopsAtTheFirstBatchWhereEveryHalfWidthIsMet()
    {
        var scenario = TestScenarios.ConstantHazard();
        var goal = new PrecisionGoal(PrecisionTarget.Holds, 0.004, 1_000_000);
        var batches = new List<(long First, long Trials)>();

        var run = Recording(batches).Run(Request(scenario, 500), goal);

        var outcome = run.Outcome;
        Assert.Equal(PrecisionStop.TargetMet, outcome.StoppedBecause);
        Assert.True(outcome.Checks.Count >= 2, "the target should need more than the first batch");
        Assert.All(outcome.Checks.SkipLast(1), c => Assert.False(c.Met));
        Assert.True(outcome.Final!.Met);
        Assert.True(outcome.Final.MaxHalfWidth <= 0.004);
        // Fixed blocks of trial indices: [0, 500), then each batch doubles the total.
        Assert.Equal(Schedule(500, outcome.Trials), batches);
        Assert.Equal(outcome.Trials, run.Result.CompletedTrials);
        Assert.False(run.Result.Partial);

        // Each check is exactly what a single run of that many trials gives.
        foreach (var check in outcome.Checks)
        {
            var single = EngineRuns.Run(scenario, check.Trials, threads: 1).Tally;
            var again = PrecisionEvaluator.Evaluate(single, scenario, [0], goal);
            Assert.Equal(check.MaxHalfWidth, again.MaxHalfWidth);
        }
    }

    [Fact]
    public void Run_AnyThreadCountAndBlockSize_StopsAtTheSameTrialWithTheSameTallyAsOneRun()
    {
        var scenario = TestScenarios.Rich();
        var goal = new PrecisionGoal(PrecisionTarget.RestrictedMean, 4.0, 20_000);

        var a = new PrecisionRun().Run(Request(scenario, 300, threads: 1, blockSize: 64), goal);
        var b = new PrecisionRun().Run(Request(scenario, 300, threads: 3, blockSize: 1000), goal);

        Assert.Equal(PrecisionStop.TargetMet, a.Outcome.StoppedBecause);
        Assert.True(a.Outcome.Checks.Count >= 2);
        Assert.Equal(a.Outcome.Trials, b.Outcome.Trials);
        Assert.Equal(a.Outcome.StoppedBecause, b.Outcome.StoppedBecause);
        Assert.Equal(a.Outcome.Checks.Select(c => c.MaxHalfWidth), b.Outcome.Checks.Select(c => c.MaxHalfWidth));
        TallyAssert.Equal(a.Result.Tally, b.Result.Tally);
        var single = EngineRuns.Run(scenario, a.Outcome.Trials, threads: 2, blockSize: 128);
        TallyAssert.Equal(single.Tally, a.Result.Tally);
        Assert.Equal(single.EventsProcessed, a.Result.EventsProcessed);
        for (var r = 0; r < scenario.Regimes.Count; r++)
        {
            Assert.Equal(single.Tally.Regimes[r].VerdictDelays.QuantileDays(90), a.Result.Tally.Regimes[r].VerdictDelays.QuantileDays(90));
        }
    }

    [Fact]
    public void Run_UnreachableTarget_StopsExactlyAtTheBound()
    {
        var scenario = TestScenarios.ConstantHazard();
        var goal = new PrecisionGoal(PrecisionTarget.Holds, 1e-6, 5_000);
        var batches = new List<(long First, long Trials)>();

        var run = Recording(batches).Run(Request(scenario, 1000), goal);

        Assert.Equal(PrecisionStop.BoundReached, run.Outcome.StoppedBecause);
        Assert.Equal(5_000, run.Outcome.Trials);
        Assert.Equal([(0L, 1000L), (1000L, 1000L), (2000L, 2000L), (4000L, 1000L)], batches);
        Assert.False(run.Outcome.Final!.Met);
        Assert.True(run.Outcome.Final.MaxHalfWidth > 1e-6);
        TallyAssert.Equal(EngineRuns.Run(scenario, 5_000).Tally, run.Result.Tally);
    }

    [Fact]
    public void Run_FirstBatchAboveTheBound_RunsOnlyTheBound()
    {
        var goal = new PrecisionGoal(PrecisionTarget.Holds, 1e-6, 700);
        var run = new PrecisionRun().Run(Request(TestScenarios.ConstantHazard(), 1000), goal);

        Assert.Equal(700, run.Outcome.Trials);
        Assert.Single(run.Outcome.Checks);
        Assert.Equal(PrecisionStop.BoundReached, run.Outcome.StoppedBecause);
    }

    [Fact]
    public void Run_NoCollapseAtAll_StopsOnlyWhenTheExactZeroEventBoundIsMet()
    {
        // Nothing ever happens: S = 1 with a zero-width interval, which must not count as precise.
        var scenario = TestScenarios.ConstantHazard(attackRate: 0);
        var goal = new PrecisionGoal(PrecisionTarget.Holds, 0.005, 1_000_000);

        var run = new PrecisionRun().Run(Request(scenario, 100), goal);

        // 1 − 0.025^(1/n) ≤ 0.005 first holds at n ≥ 736: the schedule 100, 200, 400, 800 stops at 800.
        Assert.Equal(800, run.Outcome.Trials);
        Assert.Equal([100L, 200L, 400L, 800L], run.Outcome.Checks.Select(c => c.Trials));
        Assert.Equal(1 - Math.Pow(0.025, 1.0 / 800), run.Outcome.Final!.MaxHalfWidth, 12);
    }

    [Fact]
    public void Run_PairedTarget_MeasuresEveryRegimeButTheBaseline()
    {
        var scenario = TestScenarios.Rich();
        var goal = new PrecisionGoal(PrecisionTarget.PairedHolds, 0.05, 20_000);

        var run = new PrecisionRun().Run(Request(scenario, 200), goal);

        var final = run.Outcome.Final!;
        Assert.Equal(["joint", "third_party", "slow"], final.Measures.Select(m => m.RegimeId));
        Assert.All(final.Measures, m => Assert.Equal("none", m.BaselineId));
        Assert.Equal(PrecisionStop.TargetMet, run.Outcome.StoppedBecause);
        Assert.All(final.Measures, m => Assert.True(m.HalfWidth <= 0.05));
    }

    [Fact]
    public void Run_WithSink_WritesEveryTrialOnceInTrialOrderAcrossBatches()
    {
        var scenario = TestScenarios.Rich();
        var sink = new RecordingSink();
        var goal = new PrecisionGoal(PrecisionTarget.Holds, 1e-6, 900);

        new PrecisionRun().Run(Request(scenario, 100, threads: 3, blockSize: 32), goal, sink: sink);

        var regimes = scenario.Regimes.Count;
        Assert.Equal(900 * regimes, sink.Rows.Count);
        for (var i = 0; i < sink.Rows.Count; i++)
        {
            Assert.Equal(i / regimes, sink.Rows[i].Trial);
            Assert.Equal(i % regimes, sink.Rows[i].Regime);
        }
    }

    [Fact]
    public void Run_CancelledInALaterBatch_KeepsTheCompletedPrefix()
    {
        var scenario = TestScenarios.Rich();
        using var cts = new CancellationTokenSource();
        var goal = new PrecisionGoal(PrecisionTarget.Holds, 1e-6, 1_000_000);
        var progress = new Synchronous(p => { if (p.CompletedTrials >= 1500) cts.Cancel(); });

        var run = new PrecisionRun().Run(Request(scenario, 1000, threads: 2, blockSize: 100), goal, progress, cancellationToken: cts.Token);

        Assert.Equal(PrecisionStop.Cancelled, run.Outcome.StoppedBecause);
        Assert.True(run.Result.Partial);
        Assert.InRange(run.Outcome.Trials, 1500, 3999);
        Assert.Equal(run.Outcome.Trials, run.Result.Tally.Trials);
        TallyAssert.Equal(EngineRuns.Run(scenario, run.Outcome.Trials).Tally, run.Result.Tally);
    }

    [Fact]
    public void NextTotal_DoublesFromTheFirstBatchAndStopsAtTheBound()
    {
        Assert.Equal(1000, PrecisionRun.NextTotal(0, 1000, 1_000_000));
        Assert.Equal(2000, PrecisionRun.NextTotal(1000, 1000, 1_000_000));
        Assert.Equal(1_000_000, PrecisionRun.NextTotal(512_000, 1000, 1_000_000));
        Assert.Equal(10, PrecisionRun.NextTotal(0, 1000, 10));
        Assert.Equal(long.MaxValue, PrecisionRun.NextTotal(long.MaxValue / 2 + 1, 1, long.MaxValue));
    }

    [Theory]
    [InlineData(0.005, null, null, PrecisionTarget.Holds, 0.005, 1_000_000L)]
    [InlineData(2.0, "rmst", 5000L, PrecisionTarget.RestrictedMean, 2.0, 5000L)]
    [InlineData(0.01, "Paired", 2L, PrecisionTarget.PairedHolds, 0.01, 2L)]
    public void TryCreate_ValidValues_GiveTheGoal(double h, string? target, long? max, PrecisionTarget expected, double half, long bound)
    {
        Assert.True(PrecisionGoal.TryCreate(h, target, max, out var goal, out var error));
        Assert.Null(error);
        Assert.Equal(new PrecisionGoal(expected, half, bound), goal);
    }

    [Theory]
    [InlineData(null, "holds", null, "--precision")]
    [InlineData(null, null, 10L, "--precision")]
    [InlineData(0.0, null, null, "positive")]
    [InlineData(double.NaN, null, null, "positive")]
    [InlineData(1.0, "holds", null, "probability")]
    [InlineData(1.5, "paired", null, "probability")]
    [InlineData(0.01, "median", null, "holds")]
    [InlineData(0.01, null, 1L, "--max-trials")]
    [InlineData(0.01, null, 100_000_001L, "--max-trials")]
    public void TryCreate_InvalidValues_SayWhatToChange(double? h, string? target, long? max, string mentions)
    {
        Assert.False(PrecisionGoal.TryCreate(h, target, max, out var goal, out var error));
        Assert.Null(goal);
        Assert.Contains(mentions, error);
    }

    [Fact]
    public void TryCreate_NothingGiven_IsNoGoal()
    {
        Assert.True(PrecisionGoal.TryCreate(null, null, null, out var goal, out var error));
        Assert.Null(goal);
        Assert.Null(error);
    }

    [Fact]
    public void NoVariationBound_IsTheExactClopperPearsonLimitForZeroEvents()
    {
        Assert.Equal(0.975, PrecisionEvaluator.NoVariationBound(1), 14);
        Assert.Equal(1 - Math.Pow(0.025, 1e-6), PrecisionEvaluator.NoVariationBound(1_000_000), 15);
        Assert.InRange(PrecisionEvaluator.NoVariationBound(1_000_000) * 1_000_000, 3.68, 3.69);
    }

    private static RunRequest Request(Scenario scenario, long firstBatch, int threads = 2, int blockSize = 256) => new()
    {
        Scenario = scenario,
        RegimeIndices = Enumerable.Range(0, scenario.Regimes.Count).ToArray(),
        Trials = firstBatch,
        Threads = threads,
        BlockSize = blockSize,
    };

    private static PrecisionRun Recording(List<(long First, long Trials)> batches) => new((request, progress, sink, token) =>
    {
        batches.Add((request.FirstTrial, request.Trials));
        return new SimulationRunner().Run(request, progress, sink, token);
    });

    private static List<(long, long)> Schedule(long first, long total)
    {
        var list = new List<(long, long)> { (0, first) };
        for (var done = first; done < total; done *= 2) list.Add((done, done));
        return list;
    }

    private sealed class Synchronous(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
