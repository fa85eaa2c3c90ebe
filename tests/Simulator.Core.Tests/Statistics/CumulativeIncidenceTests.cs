using Simulator.Engine.Tallies;
using Simulator.Statistics;

namespace Simulator.Tests.Statistics;

public class CumulativeIncidenceTests
{
    // R 4.2.2, survival 3.5.3 (Aalen–Johansen, infinitesimal-jackknife std.err):
    //   time <- c(1,2,2,3,4,4,5,6,6,7,8,9,10,10,12); st <- c(1,2,0,1,1,2,0,2,1,0,1,2,0,1,2)
    //   f <- survfit(Surv(time, factor(st, 0:2, labels = c("cens", "a", "b"))) ~ 1)
    //   cbind(f$time, f$pstate[, 2:3], f$std.err[, 2:3])
    private static readonly double[] Times = [1, 2, 2, 3, 4, 4, 5, 6, 6, 7, 8, 9, 10, 10, 12];
    private static readonly int[] Causes = [1, 2, -1, 1, 1, 2, -1, 2, 1, -1, 1, 2, -1, 1, 2];

    [Theory]
    [InlineData(1, 6, 0.2923611111111111, 0.1239417492018571)]
    [InlineData(1, 12, 0.4873611111111110, 0.1455814309194321)]
    [InlineData(2, 4, 0.1388888888888889, 0.0913293456820755)]
    [InlineData(2, 7, 0.2201388888888889, 0.1130868716012136)]
    [InlineData(2, 9, 0.3176388888888889, 0.1337071384103433)]
    [InlineData(2, 12, 0.5126388888888889, 0.1455814309194321)]
    public void At_SmallCompetingRisksSample_MatchesRSurvfitMultiState(int cause, double day, double incidence, double se)
    {
        // 1e-12: R prints 16 digits; a handful of products and sums differ by rounding only.
        var ci = CumulativeIncidence.FromObservations(Times, Causes);

        var p = ci.At(cause, day);
        Assert.Equal(incidence, p.Incidence, 1e-12);
        Assert.Equal(se, p.StandardError, 1e-12);
    }

    [Fact]
    public void FromTally_RandomOutcomes_CurvesAddUpToOneMinusKaplanMeier()
    {
        const long horizon = 365_000;
        var tally = new RegimeTally();
        foreach (var o in TallyFixtures.Random(1_000, seed: 11, horizon)) tally.Add(o);

        var ci = CumulativeIncidence.FromTally(tally);
        var km = KaplanMeier.Estimate(SurvivalTable.FromTally(tally, horizon));

        // 1e-12: the two routes add the same few hundred terms in different orders.
        foreach (var day in new[] { 30.0, 90, 180, 365 })
        {
            var sum = ci.Causes.Sum(c => ci.At(c.CauseId, day).Incidence);
            Assert.Equal(1 - km.At(day).Survival, sum, 1e-12);
        }
        Assert.Equal(tally.Collapsed, ci.Causes.Sum(c => c.Events));
    }

    [Fact]
    public void FromObservations_SingleCause_VarianceReducesToGreenwood()
    {
        // With one cause F = 1 − S, so the delta-method variance must equal Greenwood's.
        var mp = Freireich.MpTimes;
        var ci = CumulativeIncidence.FromObservations(mp, Freireich.MpEvents.Select(e => e ? 0 : -1).ToArray());
        var km = KaplanMeier.Estimate(Freireich.Mp);

        foreach (var day in new[] { 6.0, 10, 16, 23, 35 })
        {
            Assert.Equal(km.At(day).StandardError, ci.At(0, day).StandardError, 1e-12);
        }
    }

    [Fact]
    public void Causes_AreOrderedByCountThenId()
    {
        var tally = new RegimeTally();
        foreach (var (tick, cause) in new[] { (5L, 9), (6L, 4), (7L, 4), (8L, 2), (9L, 9) }) tally.Add(TallyFixtures.Collapse(tick * TimeResolution.TicksPerDay, cause));

        Assert.Equal([4, 9, 2], CumulativeIncidence.FromTally(tally).Causes.Select(c => c.CauseId));
    }
}
