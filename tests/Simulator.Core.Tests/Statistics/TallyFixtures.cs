using Simulator.Engine.Tallies;

namespace Simulator.Tests.Statistics;

/// <summary>Builds trial outcomes of known duration for tally tests.</summary>
internal static class TallyFixtures
{
    public static TrialOutcome Collapse(long ticks, int cause) => new() { DurationTicks = ticks, Collapsed = true, CauseId = cause };

    public static TrialOutcome Censored(long horizonTicks) => new() { DurationTicks = horizonTicks, Collapsed = false, CauseId = -1 };

    /// <summary>
    /// Fixed-seed outcomes: exponential-like durations in whole ticks over a 365-day horizon, three
    /// causes, roughly half censored, with deliberate ties (durations rounded to whole days).
    /// </summary>
    public static TrialOutcome[] Random(int count, int seed, long horizonTicks = 365_000)
    {
        var rng = new Random(seed);
        var outcomes = new TrialOutcome[count];
        for (var i = 0; i < count; i++)
        {
            var days = Math.Round(-Math.Log(1 - rng.NextDouble()) * 500);
            var ticks = (long)days * TimeResolution.TicksPerDay;
            outcomes[i] = ticks < horizonTicks ? Collapse(ticks, rng.Next(3)) : Censored(horizonTicks);
        }
        return outcomes;
    }
}
