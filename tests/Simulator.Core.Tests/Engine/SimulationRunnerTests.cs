using Simulator.Engine;
using Simulator.Engine.Tallies;

namespace Simulator.Tests.Engine;

public sealed class SimulationRunnerTests
{
    [Fact]
    public void Run_RichScenarioOnOneTwoOrThreeThreads_GivesIdenticalTallies()
    {
        var scenario = TestScenarios.Rich();
        var one = EngineRuns.Run(scenario, 3000, threads: 1, blockSize: 97);
        var two = EngineRuns.Run(scenario, 3000, threads: 2, blockSize: 97);
        var three = EngineRuns.Run(scenario, 3000, threads: 3, blockSize: 97);

        TallyAssert.Equal(one.Tally, two.Tally);
        TallyAssert.Equal(one.Tally, three.Tally);
        Assert.Equal(one.EventsProcessed, two.EventsProcessed);
        Assert.Equal(one.EventsProcessed, three.EventsProcessed);
        Assert.Equal(3000, three.CompletedTrials);
        Assert.False(three.Partial);
    }

    [Fact]
    public void Run_RichScenarioWithDifferentBlockSizes_GivesIdenticalTallies()
    {
        // Blocks only group trials; each trial's streams depend on its index, never on its block.
        var scenario = TestScenarios.Rich();
        TallyAssert.Equal(
            EngineRuns.Run(scenario, 1500, threads: 2, blockSize: 1500).Tally,
            EngineRuns.Run(scenario, 1500, threads: 3, blockSize: 64).Tally);
    }

    [Fact]
    public void Run_TwoAdjacentTrialRangesMerged_EqualOneRunOverTheirUnion()
    {
        var scenario = TestScenarios.Rich();

        var whole = EngineRuns.Run(scenario, 1200, threads: 2, blockSize: 100);
        var head = EngineRuns.Run(scenario, 500, threads: 1, blockSize: 64);
        var tail = EngineRuns.Run(scenario, 700, threads: 2, blockSize: 100, firstTrial: 500);
        head.Tally.Merge(tail.Tally);

        TallyAssert.Equal(whole.Tally, head.Tally);
    }

    [Fact]
    public void Run_WithFirstTrial_NumbersSinkRowsFromThatTrial()
    {
        var sink = new RecordingSink();

        EngineRuns.Run(TestScenarios.Rich(), 10, threads: 1, blockSize: 4, sink: sink, firstTrial: 1000);

        Assert.Equal(1000, sink.Rows[0].Trial);
        Assert.Equal(1009, sink.Rows[^1].Trial);
    }

    [Fact]
    public void Run_WithSinkOnThreeThreads_WritesTrialsInTrialThenRegimeOrder()
    {
        var scenario = TestScenarios.Rich();
        var sink = new RecordingSink();
        var result = EngineRuns.Run(scenario, 700, threads: 3, blockSize: 50, sink: sink);

        var regimes = scenario.Regimes.Count;
        Assert.Equal(700 * regimes, sink.Rows.Count);
        for (var i = 0; i < sink.Rows.Count; i++)
        {
            Assert.Equal(i / regimes, sink.Rows[i].Trial);
            Assert.Equal(i % regimes, sink.Rows[i].Regime);
        }
        Assert.Equal(result.Tally.Regimes[1].Totals.Incidents,
            sink.Rows.Where(r => r.Regime == 1).Sum(r => (long)r.Outcome.Incidents));
    }

    [Fact]
    public void Run_TwoRegimesDifferingOnlyInCostAndIdleCapacity_GiveIdenticalOutcomesTrialByTrial()
    {
        var rich = TestScenarios.Rich();
        var joint = rich.Regimes[1];
        var twin = joint with { Id = "joint_twin", CostPerClaim = 1000, Capacity = 2 };
        var unlimited = rich.Regimes[2];
        var unlimitedTwin = unlimited with { Id = "third_party_twin", Capacity = 1_000_000 };
        var scenario = rich with { Regimes = [joint, twin, unlimited, unlimitedTwin], BaselineRegime = joint.Id };
        var sink = new RecordingSink();
        EngineRuns.Run(scenario, 1000, threads: 2, blockSize: 128, sink: sink);

        // Cost is counted, not simulated: only the cost differs between the twins.
        for (var i = 0; i < sink.Rows.Count; i += 4)
        {
            Assert.Equal(sink.Rows[i].Outcome with { CostMillis = 0 }, sink.Rows[i + 1].Outcome with { CostMillis = 0 });
            Assert.Equal(sink.Rows[i + 2].Outcome, sink.Rows[i + 3].Outcome);
            Assert.Equal(sink.Rows[i + 1].Outcome.Inspections * 1000L * 1000, sink.Rows[i + 1].Outcome.CostMillis);
        }
        // And the regimes do differ in substance, so the equality above is not vacuous.
        Assert.Contains(Enumerable.Range(0, sink.Rows.Count / 4),
            t => !sink.Rows[4 * t].Outcome.Equals(sink.Rows[4 * t + 2].Outcome));
    }

    [Fact]
    public void Run_CancelledAfterFirstProgress_ReturnsPartialPrefixEqualToShorterRun()
    {
        var scenario = TestScenarios.Rich();
        using var cts = new CancellationTokenSource();
        var progress = new SynchronousProgress(_ => cts.Cancel());
        var result = EngineRuns.Run(scenario, 200_000, threads: 2, blockSize: 100, progress: progress,
            cancellationToken: cts.Token);

        Assert.True(result.Partial);
        Assert.True(result.CompletedTrials >= 100);
        Assert.True(result.CompletedTrials < 200_000);
        Assert.Equal(0, result.CompletedTrials % 100);
        Assert.Equal(result.CompletedTrials, result.Tally.Trials);

        var prefix = EngineRuns.Run(scenario, result.CompletedTrials, threads: 1, blockSize: 100);
        TallyAssert.Equal(prefix.Tally, result.Tally);
        Assert.Equal(prefix.EventsProcessed, result.EventsProcessed);
    }

    [Fact]
    public void Run_AlreadyCancelled_ReturnsEmptyPartialResultWithoutThrowing()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var result = EngineRuns.Run(TestScenarios.Rich(), 10_000, threads: 2, cancellationToken: cts.Token);

        Assert.True(result.Partial);
        Assert.Equal(0, result.CompletedTrials);
        Assert.Equal(0, result.Tally.Trials);
    }

    [Fact]
    public void Run_WithProgress_ReportsAfterEachBlockUpToTheTotal()
    {
        var reports = new List<RunProgress>();
        EngineRuns.Run(TestScenarios.ConstantHazard(), 1050, threads: 2, blockSize: 100,
            progress: new SynchronousProgress(reports.Add));

        Assert.Equal(11, reports.Count);
        Assert.Equal(Enumerable.Range(1, 11).Select(i => Math.Min(100L * i, 1050)), reports.Select(r => r.CompletedTrials));
        Assert.All(reports, r => Assert.Equal(1050, r.TotalTrials));
    }

    [Fact]
    public void Run_SinkThrows_PropagatesItsExceptionAfterStoppingTheWorkers()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            EngineRuns.Run(TestScenarios.Rich(), 100_000, threads: 2, blockSize: 50, sink: new ThrowingSink()));
        Assert.Equal("sink full", error.Message);
    }

    private sealed class ThrowingSink : ITrialSink
    {
        public void Write(long trial, int regimePosition, in TrialOutcome outcome) =>
            throw new InvalidOperationException("sink full");
    }

    private sealed class SynchronousProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
