using System.Diagnostics;
using System.Globalization;
using Simulator.Benchmarks.Scenarios;
using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Model;

namespace Simulator.Benchmarks;

/// <summary>
/// The <c>--events</c> mode: runs trials of each regime of the seed scenario (and the constant-hazard
/// reference) on one thread and prints events per trial, trials per second and events per second.
/// A quick Stopwatch figure beside BenchmarkDotNet's: same engine, no harness. The last column
/// divides by the process's CPU time instead of wall time: on a machine shared with other jobs it
/// moves far less, which makes it the better figure for comparing two builds.
/// </summary>
internal static class EventRateReport
{
    /// <summary>Runs <paramref name="trials"/> trials per regime after a warm-up and prints one line per regime.</summary>
    public static void Print(int trials, TextWriter output)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(invariant,
            $"{"scenario/regime",-46} {"events/trial",12} {"trials/s",12} {"Mevents/s",10} {"Mevents/cpu-s",14}   ({trials:N0} trials each, 1 thread)"));
        Measure(BenchmarkScenarios.Seed(), trials, output);
        Measure(BenchmarkScenarios.ConstantHazard(), trials, output);
    }

    private static void Measure(Scenario scenario, int trials, TextWriter output)
    {
        var compiled = BenchmarkScenarios.CompileAll(scenario);
        var simulator = new TrialSimulator(compiled);
        var outcome = new TrialOutcome();
        for (var r = 0; r < compiled.Regimes.Length; r++)
        {
            // Warm up (JIT tiers, buffer sizes) on a separate range of trials.
            for (var trial = 0; trial < Math.Min(trials, 2000); trial++) simulator.Run(trials + trial, r, ref outcome);

            var eventsBefore = simulator.EventsProcessed;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (var trial = 0; trial < trials; trial++) simulator.Run(trial, r, ref outcome);
            var seconds = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            var events = simulator.EventsProcessed - eventsBefore;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{scenario.Name + "/" + compiled.Regimes[r].Source.Id,-46} {events / (double)trials,12:F2} {trials / seconds,12:N0} {events / seconds / 1e6,10:F1} {events / cpuSeconds / 1e6,14:F1}"));
        }
    }
}
