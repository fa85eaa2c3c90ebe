using Simulator.Checkpoints;
using Simulator.Tests.Engine;

namespace Simulator.Tests.Checkpoints;

/// <summary>The runner's block-merged hook: checkpoints taken from it resume into exactly the uninterrupted tally.</summary>
public class ResumedTallyTests
{
    [Fact]
    public void BlockMergedHook_IsCalledAfterEveryBlockWithTheMergedPrefix()
    {
        var scenario = TestScenarios.Rich();
        var seen = new List<(long Completed, long TallyTrials)>();
        var request = new Simulator.Engine.RunRequest
        {
            Scenario = scenario,
            RegimeIndices = Enumerable.Range(0, scenario.Regimes.Count).ToArray(),
            Trials = 1000,
            Threads = 2,
            BlockSize = 128,
            OnBlockMerged = (completed, tally) => seen.Add((completed, tally.Trials)),
        };

        new Simulator.Engine.SimulationRunner().Run(request);

        Assert.Equal(8, seen.Count);
        Assert.Equal([128, 256, 384, 512, 640, 768, 896, 1000], seen.Select(s => s.Completed));
        Assert.All(seen, s => Assert.Equal(s.Completed, s.TallyTrials));
    }

    [Fact]
    public void CheckpointAtEveryBlock_ThroughTheFormat_PlusTheRest_EqualsOneRun()
    {
        var scenario = TestScenarios.Rich();
        var whole = EngineRuns.Run(scenario, 1500, threads: 2, blockSize: 100);
        var checkpoints = new List<byte[]>();
        var head = new Simulator.Engine.SimulationRunner().Run(new Simulator.Engine.RunRequest
        {
            Scenario = scenario,
            RegimeIndices = Enumerable.Range(0, scenario.Regimes.Count).ToArray(),
            Trials = 1500,
            Threads = 2,
            BlockSize = 100,
            OnBlockMerged = (completed, tally) => checkpoints.Add(CheckpointFormat.Encode(new RunCheckpoint
            {
                EngineVersion = "e",
                ScenarioSource = "s",
                ScenarioHash = "h",
                ScenarioTextHash = "t",
                Overrides = [],
                Seed = scenario.Seed,
                TrialsRequested = 1500,
                RegimeIds = scenario.Regimes.Select(r => r.Id).ToArray(),
                BlockSize = 100,
                CompletedTrials = completed,
                TrialsCsv = false,
                TrialsCsvBytes = 0,
                TrialsCsvRows = 0,
                TrialsCsvSha256 = "",
                Tally = TallyRecord.From(tally),
            })),
        });
        Assert.False(head.Partial);

        // Resume from a checkpoint in the middle, as if the process had been killed right after it.
        var checkpoint = CheckpointFormat.Decode(checkpoints[6]);
        var resumed = checkpoint.Tally.ToTally(scenario);
        var rest = EngineRuns.Run(scenario, 1500 - checkpoint.CompletedTrials, threads: 1, blockSize: 64, firstTrial: checkpoint.CompletedTrials);
        resumed.Merge(rest.Tally);

        Assert.Equal(700, checkpoint.CompletedTrials);
        TallyAssert.Equal(whole.Tally, resumed);
    }
}
