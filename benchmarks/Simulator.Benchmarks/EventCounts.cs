using System.Collections.Concurrent;
using Simulator.Benchmarks.Scenarios;
using Simulator.Engine;
using Simulator.Engine.Tallies;

namespace Simulator.Benchmarks;

/// <summary>
/// Events the engine processes per trial of the seed scenario (an event = one arrival, claim,
/// verdict, response or timer taken off the event queue: <see cref="TrialSimulator.EventsProcessed"/>).
/// Deterministic: the same trials give the same count on any machine, so the benchmark host can
/// count them itself and divide by the measured time.
/// </summary>
internal static class EventCounts
{
    private static readonly ConcurrentDictionary<(string Regime, int Trials), double> Cache = new();

    /// <summary>Mean events per trial over trials 0..<paramref name="trials"/>−1 of <paramref name="regime"/>.</summary>
    public static double PerTrial(string regime, int trials) =>
        Cache.GetOrAdd((regime, trials), key =>
        {
            var scenario = BenchmarkScenarios.Seed();
            var simulator = new TrialSimulator(BenchmarkScenarios.CompileAll(scenario));
            var index = BenchmarkScenarios.RegimeIndex(scenario, key.Regime);
            var outcome = new TrialOutcome();
            for (var trial = 0; trial < key.Trials; trial++) simulator.Run(trial, index, ref outcome);
            return simulator.EventsProcessed / (double)key.Trials;
        });
}
