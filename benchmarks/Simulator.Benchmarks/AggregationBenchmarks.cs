using BenchmarkDotNet.Attributes;
using Simulator.Benchmarks.Scenarios;
using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Model;
using Simulator.Statistics;

namespace Simulator.Benchmarks;

/// <summary>
/// Aggregation over prepared outcomes of the seed scenario (<see cref="RunTally.Add"/> per trial,
/// <see cref="RunTally.Merge"/> per block, as the runner does) and the statistics of a finished run.
/// </summary>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    /// <summary>Trials per block, as <see cref="RunRequest.BlockSize"/>'s default.</summary>
    public const int TrialsPerBlock = 4096;

    private Scenario _scenario = null!;
    private TrialOutcome[] _outcomes = [];
    private int _regimes;
    private RunTally _block = null!;
    private RunTally _total = null!;
    private RunTally _finished = null!;

    /// <summary>Simulates one block of trials under every regime, and a finished run of 20,000 trials.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scenario = BenchmarkScenarios.Seed();
        var compiled = BenchmarkScenarios.CompileAll(_scenario);
        _regimes = compiled.Regimes.Length;
        var simulator = new TrialSimulator(compiled);
        _outcomes = new TrialOutcome[TrialsPerBlock * _regimes];
        for (var trial = 0; trial < TrialsPerBlock; trial++)
        {
            for (var r = 0; r < _regimes; r++) simulator.Run(trial, r, ref _outcomes[trial * _regimes + r]);
        }
        _block = new RunTally(_scenario, _regimes, 0);
        _total = new RunTally(_scenario, _regimes, 0);
        AddBlock(_block);

        _finished = new SimulationRunner().Run(new RunRequest
        {
            Scenario = _scenario,
            RegimeIndices = Enumerable.Range(0, _regimes).ToArray(),
            Trials = 20_000,
        }).Tally;
    }

    /// <summary>Adds one block of trials (all regimes each) to a cleared tally; time and bytes are per trial.</summary>
    [Benchmark(OperationsPerInvoke = TrialsPerBlock)]
    public long AddTrial()
    {
        _block.Clear();
        AddBlock(_block);
        return _block.Trials;
    }

    /// <summary>Merges one block's tally into a run total (once per block in the runner).</summary>
    [Benchmark]
    public long MergeBlock()
    {
        _total.Merge(_block);
        return _total.Trials;
    }

    /// <summary>Every regime's statistics (Kaplan–Meier, quantiles, restricted mean, Weibull fit, causes) of a 20,000-trial run.</summary>
    [Benchmark]
    public int StatisticsOfFinishedRun()
    {
        var count = 0;
        foreach (var tally in _finished.Regimes)
        {
            count += RegimeStatistics.Compute(tally, _scenario.ReportDays, _scenario.HorizonDays).Causes.Count;
        }
        return count;
    }

    private void AddBlock(RunTally tally)
    {
        for (var trial = 0; trial < TrialsPerBlock; trial++)
        {
            tally.Add(_outcomes.AsSpan(trial * _regimes, _regimes));
        }
    }
}
