using BenchmarkDotNet.Attributes;
using Simulator.Benchmarks.Scenarios;
using Simulator.Engine;
using Simulator.Model;

namespace Simulator.Benchmarks;

/// <summary>
/// A batch of trials end to end through <see cref="SimulationRunner"/>: compiling, parallel blocks,
/// exact aggregation merged in order. Threads 1 and 2 give the parallel speed-up in one run.
/// </summary>
[MemoryDiagnoser]
public class RunnerBenchmarks
{
    /// <summary>Trials per regime (every regime of the seed scenario runs each).</summary>
    public const int Trials = 20_000;

    /// <summary>
    /// 20 blocks of 1,000 trials: an even split over 1 or 2 workers. (The default 4,096 would give
    /// 5 blocks, 3 on one worker and 2 on the other, capping the speed-up at 5/3 for a batch this small.)
    /// </summary>
    public const int BlockSize = 1_000;

    private RunRequest _request = null!;

    /// <summary>Worker threads.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Loads the seed scenario.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Scenario scenario = BenchmarkScenarios.Seed();
        _request = new RunRequest
        {
            Scenario = scenario,
            RegimeIndices = Enumerable.Range(0, scenario.Regimes.Count).ToArray(),
            Trials = Trials,
            Threads = Threads,
            BlockSize = BlockSize,
        };
    }

    /// <summary>Runs the batch; returns the event count so nothing is optimised away.</summary>
    [Benchmark]
    public long Run() => new SimulationRunner().Run(_request).EventsProcessed;
}
