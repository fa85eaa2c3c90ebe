using Simulator.Statistics;

namespace Simulator.Tests.Statistics;

public class LogRankTestTests
{
    [Fact]
    public void Compute_Freireich6MPVersusPlacebo_GivesTextbook16Point79()
    {
        // R: survdiff(Surv(time, status) ~ g, data = both): chisq 16.7929409892165, p 4.16880910933456e-05,
        //    obs 21 9 (placebo, 6-MP), exp 10.7494990519689 19.2505009480311, var[1,1] 6.2569605736755.
        // 1e-10: R prints 15 digits; our sums of ~30 terms carry ~1e-14 rounding.
        var test = LogRankTest.Compute(Freireich.Placebo, Freireich.Mp);

        Assert.Equal(16.7929409892165, test.ChiSquare, 1e-10);
        Assert.Equal(1, test.DegreesOfFreedom);
        Assert.Equal(4.16880910933456e-05, test.PValue, 1e-15);
        Assert.Equal([21.0, 9.0], test.Observed);
        Assert.Equal(10.7494990519689, test.Expected[0], 1e-10);
        Assert.Equal(19.2505009480311, test.Expected[1], 1e-10);
    }

    [Fact]
    public void Compute_ThreeGroups_MatchesRSurvdiffOnTwoDf()
    {
        // R: third <- data.frame(time = c(3,5,7,9,12,14,18,21,25,30), status = c(1,1,0,1,1,0,1,1,0,1), g = 2)
        //    survdiff(Surv(time, status) ~ g, data = rbind(both, third)): chisq 19.2084236821447, p 6.74440737147257e-05
        var third = SurvivalTable.FromObservations([3, 5, 7, 9, 12, 14, 18, 21, 25, 30], [true, true, false, true, true, false, true, true, false, true]);

        var test = LogRankTest.Compute([Freireich.Mp, Freireich.Placebo, third]);

        Assert.Equal(19.2084236821447, test.ChiSquare, 1e-10);
        Assert.Equal(2, test.DegreesOfFreedom);
        Assert.Equal(6.74440737147257e-05, test.PValue, 1e-15);
    }

    [Fact]
    public void Compute_HugeSeparation_GivesFiniteTinyPValueNeverNaN()
    {
        // 20 000 failures on day 1 against 20 000 on day 1000: chi-square near 40 000, p far below 1e-308.
        var early = SurvivalTable.FromObservations(Enumerable.Repeat(1.0, 20_000).ToArray(), Enumerable.Repeat(true, 20_000).ToArray());
        var late = SurvivalTable.FromObservations(Enumerable.Repeat(1000.0, 20_000).ToArray(), Enumerable.Repeat(true, 20_000).ToArray());

        var test = LogRankTest.Compute(early, late);

        Assert.True(test.ChiSquare > 10_000);
        Assert.False(double.IsNaN(test.PValue));
        Assert.InRange(test.PValue, 0, 1e-300);
        Assert.True(double.IsFinite(test.Log10PValue) && test.Log10PValue < -1000);
    }

    [Fact]
    public void Compute_IdenticalGroups_GivesZeroAndPOne()
    {
        var test = LogRankTest.Compute(Freireich.Mp, Freireich.Mp);

        Assert.Equal(0, test.ChiSquare, 1e-12);
        Assert.Equal(1, test.PValue, 1e-12);
    }
}
