using BenchmarkDotNet.Attributes;
using Simulator.Benchmarks.Scenarios;
using Simulator.Engine;
using Simulator.Engine.Tallies;

namespace Simulator.Benchmarks;

/// <summary>
/// One trial (one regime's one future) of the seed scenario, per regime. Each invocation runs the
/// same <see cref="TrialsPerInvoke"/> trial indices, so the reported time and bytes are per trial
/// and the events per trial are fixed (the Events/trial and MEvents/s columns).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(EventRateConfig))]
public class SeedTrialBenchmarks
{
    /// <summary>Trials per invocation: enough that timer resolution and loop overhead do not matter.</summary>
    public const int TrialsPerInvoke = 1024;

    private TrialSimulator _simulator = null!;
    private int _regime;
    private TrialOutcome _outcome;

    /// <summary>The regime, by id.</summary>
    [ParamsSource(nameof(Regimes))]
    public string Regime { get; set; } = "";

    /// <summary>The seed scenario's regimes.</summary>
    public static IEnumerable<string> Regimes => BenchmarkScenarios.SeedRegimes;

    /// <summary>Compiles the scenario and creates the simulator (its buffers warm up in the warm-up iterations).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var scenario = BenchmarkScenarios.Seed();
        _simulator = new TrialSimulator(BenchmarkScenarios.CompileAll(scenario));
        _regime = BenchmarkScenarios.RegimeIndex(scenario, Regime);
    }

    /// <summary>Runs trials 0..TrialsPerInvoke−1 of the regime.</summary>
    [Benchmark(OperationsPerInvoke = TrialsPerInvoke)]
    public long Trial()
    {
        long ticks = 0;
        for (var trial = 0; trial < TrialsPerInvoke; trial++)
        {
            _simulator.Run(trial, _regime, ref _outcome);
            ticks += _outcome.DurationTicks;
        }
        return ticks;
    }
}
