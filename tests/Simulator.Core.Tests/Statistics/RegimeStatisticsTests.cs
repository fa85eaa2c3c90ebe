using Simulator.Engine.Tallies;
using Simulator.Statistics;

namespace Simulator.Tests.Statistics;

public class RegimeStatisticsTests
{
    [Fact]
    public void Compute_RandomTally_AgreesWithCurveOfRawArrays()
    {
        const long horizon = 365_000;
        var outcomes = TallyFixtures.Random(3_000, seed: 21, horizon);
        var tally = new RegimeTally();
        foreach (var o in outcomes) tally.Add(o);
        var km = KaplanMeier.Estimate(SurvivalTable.FromObservations(
            outcomes.Select(o => TimeResolution.ToDays(o.DurationTicks)).ToArray(), outcomes.Select(o => o.Collapsed).ToArray()));

        var stats = RegimeStatistics.Compute(tally, [30, 90, 180], 365);

        Assert.Equal(3_000, stats.Trials);
        Assert.Equal(outcomes.Count(o => o.Collapsed), stats.Collapsed);
        Assert.Equal([km.At(30), km.At(90), km.At(180)], stats.Survival);
        Assert.Equal(km.At(365), stats.AtHorizon);
        Assert.Equal(km.Median, stats.Median);
        Assert.Equal(km.RestrictedMean(365), stats.RestrictedMean);
        Assert.True(stats.Weibull.Converged);
    }

    [Fact]
    public void Compute_RandomTally_RestrictedMeanEqualsMeanOfCappedDurations()
    {
        // With every censoring at the horizon, the area under the curve is the plain mean of
        // min(duration, horizon); the tally's exact sum gives it independently. 1e-9 days: the curve's
        // area sums a few hundred products of rounded doubles.
        const long horizon = 365_000;
        var tally = new RegimeTally();
        foreach (var o in TallyFixtures.Random(3_000, seed: 22, horizon)) tally.Add(o);

        var stats = RegimeStatistics.Compute(tally, [], 365);

        Assert.Equal((double)tally.DurationTicksSum / tally.Trials / 1000, stats.RestrictedMean.Estimate, 1e-9);
    }

    [Fact]
    public void Compute_Causes_SortedWithSharesOfCollapsesAndTrials()
    {
        var tally = new RegimeTally();
        tally.Add(TallyFixtures.Collapse(1_000, 7));
        tally.Add(TallyFixtures.Collapse(2_000, 3));
        tally.Add(TallyFixtures.Collapse(3_000, 3));
        tally.Add(TallyFixtures.Censored(10_000));

        var stats = RegimeStatistics.Compute(tally, [5], 10);

        Assert.Equal([new CauseCount(3, 2, 2.0 / 3, 0.5), new CauseCount(7, 1, 1.0 / 3, 0.25)], stats.Causes);
        Assert.Equal(0.75, stats.CollapsedShare);
        Assert.Null(stats.Median.Upper);
    }

    [Fact]
    public void Compute_NoCollapses_ReportsNotReachedAndNoWeibull()
    {
        var tally = new RegimeTally();
        for (var i = 0; i < 10; i++) tally.Add(TallyFixtures.Censored(90_000));

        var stats = RegimeStatistics.Compute(tally, [30], 90);

        Assert.Equal(1, stats.AtHorizon.Survival);
        Assert.Null(stats.Median.Estimate);
        Assert.Equal(90, stats.RestrictedMean.Estimate);
        Assert.Equal(WeibullFitStatus.NoEvents, stats.Weibull.Status);
        Assert.Empty(stats.Causes);
    }

    [Fact]
    public void Compute_CollapseAtTickZero_StillFitsWeibull()
    {
        var tally = new RegimeTally();
        tally.Add(TallyFixtures.Collapse(0, 1));
        foreach (var t in new long[] { 5_000, 12_000, 30_000, 44_000 }) tally.Add(TallyFixtures.Collapse(t, 1));
        tally.Add(TallyFixtures.Censored(60_000));

        var stats = RegimeStatistics.Compute(tally, [], 60);

        Assert.True(stats.Weibull.Converged);
    }
}
