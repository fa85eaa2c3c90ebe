using Simulator.Statistics;
using Simulator.Studies.Calibration;

namespace Simulator.Tests.Studies.Calibration;

public sealed class PiecewiseLikelihoodTests
{
    // Three subjects: events at 2 and 5, one censored at 8.
    private static readonly SurvivalTable Data = SurvivalTable.FromObservations([2, 5, 8], [true, true, false]);

    [Fact]
    public void BinCounts_OneInterval_AreEventsAndTotalTimeAtRisk()
    {
        var counts = BinCounts.Of(Data, HazardBins.Of([5], 10));

        Assert.Equal(2, counts.Events[0], 12);
        Assert.Equal(15, counts.Exposure[0], 12);
    }

    [Fact]
    public void BinCounts_SoftIntervals_ShareTimeAndEventsButKeepTheirTotals()
    {
        var counts = BinCounts.Of(Data, HazardBins.Of([3, 6], 10));

        Assert.Equal(2, counts.Events.Sum(), 12);
        Assert.Equal(15, counts.Exposure.Sum(), 12);
        Assert.Equal(1 + (1 - Math.Log(5.0 / 3) / Math.Log(2)), counts.Events[0], 12); // the event at 2 lies before the first node, 5 between nodes 3 and 6
    }

    [Fact]
    public void LogLikelihood_OneInterval_IsTheExponentialLikelihood()
    {
        var terms = ObservedTerms.Of(Data, HazardBins.Of([5], 10));

        Assert.Equal(2 * Math.Log(0.1) - 15 * 0.1, PiecewiseLikelihood.LogLikelihood(terms, [0.1]), 12);
    }

    [Fact]
    public void Saturated_OneInterval_IsEventsOverExposure()
    {
        var terms = ObservedTerms.Of(Data, HazardBins.Of([5], 10));

        Assert.Equal(2.0 / 15, terms.Saturated[0], 10);
        Assert.Equal(0, PiecewiseLikelihood.Deviance(terms, [2.0 / 15]), 10);
    }

    [Fact]
    public void Deviance_IsPositiveAwayFromTheBestFitAndGrowsWithTheDistance()
    {
        var terms = ObservedTerms.Of(SurvivalTable.FromObservations([1, 2, 3, 4, 6, 7, 9, 9.5], [true, true, true, false, true, true, true, false]), HazardBins.Of([2, 5, 8], 10));
        var best = terms.Saturated.ToArray();

        var near = PiecewiseLikelihood.Deviance(terms, best.Select(h => h * 1.1).ToArray());
        var far = PiecewiseLikelihood.Deviance(terms, best.Select(h => h * 1.5).ToArray());

        Assert.Equal(0, PiecewiseLikelihood.Deviance(terms, best), 8);
        Assert.True(near > 0 && far > near, $"{near} {far}");
    }

    [Fact]
    public void Saturated_IsTheMaximum()
    {
        var terms = ObservedTerms.Of(SurvivalTable.FromObservations([1, 2, 2.9, 3.1, 4, 6, 7, 9], [true, true, true, true, true, true, true, false]), HazardBins.Of([2, 5, 8], 10));
        var best = PiecewiseLikelihood.LogLikelihood(terms, terms.Saturated);

        for (var k = 0; k < terms.Saturated.Count; k++)
        {
            foreach (var factor in new[] { 0.9, 1.1 })
            {
                var h = terms.Saturated.ToArray();
                h[k] *= factor;
                Assert.True(PiecewiseLikelihood.LogLikelihood(terms, h) < best);
            }
        }
    }

    [Fact]
    public void Hazards_AreSimulatedOccurrenceOverExposureWithHalfAnEvent()
    {
        var bins = HazardBins.Of([5], 10);

        var h = PiecewiseLikelihood.Hazards(new BinCounts([4], [100]), bins);

        Assert.Equal(4.5 / 105, h[0], 12);
    }

    [Fact]
    public void OneSampleLogRank_ExpectedIsTheModelsCumulativeHazardAtEachExit()
    {
        // Model: events at days 1 and 3 of 4 trials → Nelson–Aalen 1/4 from day 1, 1/4 + 1/3 from day 3.
        var model = NelsonAalen.Estimate(SurvivalTable.FromObservations([1, 3, 10, 10], [true, true, false, false]));

        var test = OneSampleLogRank.Compute(Data, model);

        var expected = 0.25 + 2 * (0.25 + 1.0 / 3);
        Assert.Equal(2, test.Observed);
        Assert.Equal(expected, test.Expected, 12);
        Assert.Equal((2 - expected) * (2 - expected) / expected, test.ChiSquare, 12);
    }

    [Fact]
    public void ProfileThreshold_IsChiSquareQuantileWidenedForSimulationNoise()
    {
        Assert.Equal(3.841458820694124, ProfileThreshold.For(1, 0, 1000), 9);
        Assert.Equal(3.841458820694124 * 1.75, ProfileThreshold.For(1, 250, 1000), 9);
        Assert.Equal(5.991464547107979, ProfileThreshold.For(2, 0, 1000), 9);
    }
}
