using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Model;

namespace Simulator.Tests.Engine;

/// <summary>Small helpers to run scenarios and read survival off the exact tallies.</summary>
internal static class EngineRuns
{
    public static RunResult Run(
        Scenario scenario, long trials, int threads = 2, int blockSize = 1024, ITrialSink? sink = null,
        IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default, long firstTrial = 0) =>
        new SimulationRunner().Run(
            new RunRequest
            {
                Scenario = scenario,
                RegimeIndices = Enumerable.Range(0, scenario.Regimes.Count).ToArray(),
                Trials = trials,
                FirstTrial = firstTrial,
                Threads = threads,
                BlockSize = blockSize,
            },
            progress, sink, cancellationToken);

    /// <summary>Fraction of trials still holding at <paramref name="day"/> (a collapse at that tick counts as fallen).</summary>
    public static double Survival(RegimeTally tally, double day)
    {
        var tick = TimeResolution.ToTicks(day);
        long fallen = 0;
        foreach (var (key, count) in tally.EventsByTickAndCause)
        {
            if (RegimeTally.TickOf(key) <= tick) fallen += count;
        }
        return 1 - fallen / (double)tally.Trials;
    }

    /// <summary>Asserts p̂ lies in the 99% normal interval around the closed form S.</summary>
    public static void AssertSurvival(RegimeTally tally, double day, double expected)
    {
        var observed = Survival(tally, day);
        var halfWidth = 2.5758293035489004 * Math.Sqrt(expected * (1 - expected) / tally.Trials);
        Assert.True(Math.Abs(observed - expected) <= halfWidth,
            $"Survival at day {day}: simulated {observed:F5}, closed form {expected:F5}, 99% half-width {halfWidth:F5}.");
    }
}
