using BenchmarkDotNet.Attributes;
using Simulator.Benchmarks.Scenarios;
using Simulator.Checkpoints;
using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Model;

namespace Simulator.Benchmarks;

/// <summary>
/// What a shard adds to the work it shares out, besides its process start: writing its shard file
/// (encode), and the merge's share of reading it back (decode) and adding its exact tally into the
/// run's (docs/scale-out.md). The shard is 10,000 trials of the seed scenario's four regimes.
/// </summary>
[MemoryDiagnoser]
public class ShardBenchmarks
{
    private Scenario _scenario = null!;
    private ShardRecord _shard = null!;
    private byte[] _bytes = [];
    private RunTally _total = null!;

    /// <summary>Runs the shard's trials once and encodes its record.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scenario = BenchmarkScenarios.Seed();
        var regimes = Enumerable.Range(0, _scenario.Regimes.Count).ToArray();
        var result = new SimulationRunner().Run(new RunRequest { Scenario = _scenario, RegimeIndices = regimes, Trials = 10_000 });
        _shard = new ShardRecord
        {
            Command = "run",
            EngineVersion = EngineVersion.Current,
            ScenarioSource = BenchmarkScenarios.SeedFile,
            ScenarioText = BenchmarkScenarios.Text(BenchmarkScenarios.SeedFile),
            ScenarioHash = new string('0', 64),
            Overrides = [],
            RegimeIds = _scenario.Regimes.Select(r => r.Id).ToArray(),
            StudyOptions = [],
            Seed = _scenario.Seed,
            Trials = 40_000,
            DesignHash = new string('0', 64),
            Points = 1,
            TotalTrials = 40_000,
            ShardIndex = 0,
            ShardCount = 4,
            RangeStart = 0,
            RangeLength = 10_000,
            TrialsCsv = false,
            TrialsCsvBytes = 0,
            TrialsCsvHash = "",
            EventsProcessed = result.EventsProcessed,
            Parts = [new ShardPart(0, 0, 10_000, TallyRecord.From(result.Tally))],
        };
        _bytes = ShardFormat.Encode(_shard);
        _total = new RunTally(_scenario, regimes.Length, 0);
    }

    /// <summary>The shard file's bytes, as the shard writes them (checksum included).</summary>
    [Benchmark]
    public int EncodeShardFile() => ShardFormat.Encode(_shard).Length;

    /// <summary>Reading a shard file back: frame, checksum, values and their consistency.</summary>
    [Benchmark]
    public int DecodeShardFile() => ShardFormat.Decode(_bytes).Parts.Length;

    /// <summary>The merge's work per shard: decode, rebuild the tally, add it into the run's.</summary>
    [Benchmark]
    public long MergeShard()
    {
        _total.Clear();
        _total.Merge(ShardFormat.Decode(_bytes).Parts[0].Tally.ToTally(_scenario));
        return _total.Trials;
    }
}
