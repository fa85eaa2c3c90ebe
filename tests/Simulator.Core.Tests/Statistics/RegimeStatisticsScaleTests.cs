using Simulator.Engine.Tallies;
using Simulator.Statistics;

namespace Simulator.Tests.Statistics;

public class RegimeStatisticsScaleTests
{
    [Fact]
    public void Compute_TallyWithHundredsOfThousandsOfDistinctTicks_FinishesPromptly()
    {
        // 500 000 trials with collapse times spread over most of a 365-day horizon (≈ 250 000
        // distinct ticks): the statistics must stay far from quadratic. 20 s is a generous bound on a
        // shared 2-core machine for work that takes well under 2 s there.
        var rng = new Random(99);
        var tally = new RegimeTally();
        for (var i = 0; i < 500_000; i++)
        {
            var ticks = (long)(-Math.Log(1 - rng.NextDouble()) * 300_000);
            tally.Add(ticks < 365_000 ? TallyFixtures.Collapse(ticks, rng.Next(4)) : TallyFixtures.Censored(365_000));
        }

        var stats = RegimeStatistics.Compute(tally, [30, 90, 180], 365);

        Assert.True(stats.Weibull.Converged);
        Assert.InRange(stats.Weibull.Estimate!.Shape, 0.98, 1.02); // exponential data: k ≈ 1 (SE ≈ 0.0015)
    }
}
