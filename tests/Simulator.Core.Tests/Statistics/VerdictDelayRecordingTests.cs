using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Tests.Engine;

namespace Simulator.Tests.Statistics;

/// <summary>The engine records one verdict delay per delivered verdict, exactly and without allocating.</summary>
public sealed class VerdictDelayRecordingTests
{
    [Fact]
    public void Run_RichScenario_RecordsOneDelayPerVerdict()
    {
        var tally = EngineRuns.Run(TestScenarios.Rich(), 2000, threads: 2, blockSize: 128).Tally;

        foreach (var regime in tally.Regimes)
        {
            Assert.Equal(regime.Totals.Verdicts, regime.VerdictDelays.Count);
        }
        Assert.True(tally.Regimes[1].VerdictDelays.Count > 100);
        Assert.Equal(0, tally.Regimes[0].VerdictDelays.Count); // "none" delivers no verdict
    }

    [Fact]
    public void Run_FixedDelayAndNoQueue_MedianAndP90AreThatDelay()
    {
        var scenario = TestScenarios.ConstantHazard(delay: TestScenarios.Fixed(2.5));
        var regime = EngineRuns.Run(scenario, 3000).Tally.Regimes[0];

        Assert.True(regime.VerdictDelays.Count > 100);
        Assert.Equal(2.5, regime.VerdictDelays.QuantileDays(50));
        Assert.Equal(2.5, regime.VerdictDelays.QuantileDays(90));
    }

    [Fact]
    public void Run_ThreadsBlocksAndAdjacentRanges_GiveIdenticalDelayHistograms()
    {
        var scenario = TestScenarios.Rich();
        var one = EngineRuns.Run(scenario, 1500, threads: 1, blockSize: 1500).Tally;
        var three = EngineRuns.Run(scenario, 1500, threads: 3, blockSize: 64).Tally;
        var head = EngineRuns.Run(scenario, 700, threads: 2, blockSize: 100).Tally;
        head.Merge(EngineRuns.Run(scenario, 800, threads: 2, blockSize: 77, firstTrial: 700).Tally);

        for (var r = 0; r < scenario.Regimes.Count; r++)
        {
            AssertSame(one.Regimes[r].VerdictDelays, three.Regimes[r].VerdictDelays);
            AssertSame(one.Regimes[r].VerdictDelays, head.Regimes[r].VerdictDelays);
        }
    }

    [Fact]
    public void Run_RecordingDoesNotChangeAnyTrial()
    {
        var scenario = TestScenarios.Rich();
        var compiled = new CompiledScenario(scenario, [0, 1, 2, 3]);
        var plain = new TrialSimulator(compiled);
        var recording = new TrialSimulator(compiled);
        recording.RecordVerdictDelaysInto(new RunTally(scenario, 4, 0));
        TrialOutcome a = default, b = default;
        for (var trial = 0; trial < 300; trial++)
        {
            for (var r = 0; r < 4; r++)
            {
                plain.Run(trial, r, ref a);
                recording.Run(trial, r, ref b);
                Assert.Equal(a, b);
            }
        }
    }

    [Fact]
    public void Run_RecordingAfterWarmUp_AllocatesNothingPerTrial()
    {
        var scenario = TestScenarios.Rich();
        var compiled = new CompiledScenario(scenario, [0, 1, 2, 3]);
        var simulator = new TrialSimulator(compiled);
        var tally = new RunTally(scenario, 4, 0);
        simulator.RecordVerdictDelaysInto(tally);
        var outcome = new TrialOutcome();
        for (var trial = 0; trial < 1000; trial++)
        {
            for (var r = 0; r < 4; r++) simulator.Run(trial, r, ref outcome);
        }
        tally.Clear();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var trial = 0; trial < 1000; trial++)
        {
            for (var r = 0; r < 4; r++) simulator.Run(trial, r, ref outcome);
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(tally.Regimes[3].VerdictDelays.Count > 0);
    }

    private static void AssertSame(VerdictDelayHistogram expected, VerdictDelayHistogram actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.MinTicks, actual.MinTicks);
        Assert.Equal(expected.MaxTicks, actual.MaxTicks);
        for (var bin = 0; bin < Math.Max(expected.BinCount, actual.BinCount); bin++)
        {
            Assert.Equal(expected.CountInBin(bin), actual.CountInBin(bin));
        }
    }
}
