using BenchmarkDotNet.Attributes;
using Simulator.Benchmarks.Scenarios;
using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Model;

namespace Simulator.Benchmarks;

/// <summary>
/// The lower bound: scenarios/reference/constant-hazard.yaml written by hand as a researcher would
/// write it, next to the engine running the same file, in one class so the ratio comes from one
/// run. Each loop produces the same summary (collapses and the sum of durations in ticks); time and
/// bytes are per trial.
/// </summary>
[MemoryDiagnoser]
public class ConstantHazardBenchmarks
{
    /// <summary>Trials per invocation.</summary>
    public const int Trials = 4096;

    private TrialSimulator _simulator = null!;
    private ulong _seed;
    private double _horizonDays;
    private long _horizonTicks;
    private double _attackRate;
    private double _claimProbability;
    private double _confirmProbability;

    /// <summary>Loads the scenario; the hand-written loops read their constants from it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Scenario scenario = BenchmarkScenarios.ConstantHazard();
        var compiled = BenchmarkScenarios.CompileAll(scenario);
        _simulator = new TrialSimulator(compiled);
        _seed = scenario.Seed;
        _horizonDays = scenario.HorizonDays;
        _horizonTicks = compiled.HorizonTicks;
        _attackRate = scenario.Groups[0].AttackRate;
        _claimProbability = scenario.Principals[0].Claims.ClaimTrueIncident;
        var regime = scenario.Regimes[0];
        _confirmProbability = regime.Access * regime.Sensitivity;
    }

    /// <summary>
    /// Closed form: the time to collapse is exponential with rate a · p_claim · access · sensitivity,
    /// so one draw per trial, from one xoshiro256** stream for the whole batch.
    /// </summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Trials)]
    public long HandWrittenClosedForm()
    {
        var rate = _attackRate * _claimProbability * _confirmProbability;
        var random = RandomStream.Create(_seed, 0, 0);
        long collapsed = 0, ticks = 0;
        for (var trial = 0; trial < Trials; trial++)
        {
            var t = random.UnitExponential() / rate;
            if (t <= _horizonDays)
            {
                collapsed++;
                ticks += TimeResolution.ToTicks(t);
            }
            else
            {
                ticks += _horizonTicks;
            }
        }
        return collapsed + ticks;
    }

    /// <summary>
    /// The same model without the closed form: attacks arrive at rate a; each is claimed with
    /// p_claim and confirmed with access · sensitivity; the first confirmation collapses the truce.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Trials)]
    public long HandWrittenEventLoop()
    {
        var random = RandomStream.Create(_seed, 0, 0);
        long collapsed = 0, ticks = 0;
        for (var trial = 0; trial < Trials; trial++)
        {
            var t = 0.0;
            while (true)
            {
                t += random.UnitExponential() / _attackRate;
                if (t > _horizonDays)
                {
                    ticks += _horizonTicks;
                    break;
                }
                if (random.Bernoulli(_claimProbability) && random.Bernoulli(_confirmProbability))
                {
                    collapsed++;
                    ticks += TimeResolution.ToTicks(t);
                    break;
                }
            }
        }
        return collapsed + ticks;
    }

    /// <summary>The engine on the scenario file: every trial on its own (seed, trial) streams, full outcome.</summary>
    [Benchmark(OperationsPerInvoke = Trials)]
    public long Engine()
    {
        var outcome = new TrialOutcome();
        long collapsed = 0, ticks = 0;
        for (var trial = 0; trial < Trials; trial++)
        {
            _simulator.Run(trial, 0, ref outcome);
            if (outcome.Collapsed) collapsed++;
            ticks += outcome.DurationTicks;
        }
        return collapsed + ticks;
    }
}
