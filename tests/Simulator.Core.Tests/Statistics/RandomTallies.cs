using Simulator.Engine.Tallies;

namespace Simulator.Tests.Statistics;

/// <summary>
/// Fixed-seed tallies at the tick resolution: collapses spread over the horizon's ticks (tick 0 and
/// the horizon tick included), several causes, ties, and the rest censored at the horizon.
/// </summary>
internal static class RandomTallies
{
    public static RegimeTally Of(int trials, int seed, long horizonTicks, int causes = 5)
    {
        var rng = new Random(seed);
        var tally = new RegimeTally(horizonTicks);
        tally.Add(TallyFixtures.Collapse(0, 0));
        tally.Add(TallyFixtures.Collapse(horizonTicks, causes - 1));
        for (var i = 2; i < trials; i++)
        {
            var ticks = (long)(-Math.Log(1 - rng.NextDouble()) * horizonTicks);
            tally.Add(ticks <= horizonTicks ? TallyFixtures.Collapse(ticks, rng.Next(causes)) : TallyFixtures.Censored(horizonTicks));
        }
        return tally;
    }
}
