using Simulator.Statistics;

namespace Simulator.Tests.Statistics;

public class CoxTwoGroupsTests
{
    [Fact]
    public void Fit_PostColdWarCeasefiresByPeacekeepers_IsThePublishedHazardRatio()
    {
        // Published: about 0.54 (issue 12); an independent Newton–Raphson fit of the same Breslow
        // partial likelihood (Python, double precision) gives 0.53753 (0.29733–0.97176).
        var path = CeasefireData.Locate();
        var fit = CoxTwoGroups.Fit(CeasefireData.PostColdWar(path, false, 1), CeasefireData.PostColdWar(path, true, 1));

        Assert.Equal(0.53753, fit.HazardRatio, 0.00001);
        Assert.Equal(0.29733, fit.Lower95, 0.00001);
        Assert.Equal(0.97176, fit.Upper95, 0.00001);
    }

    [Fact]
    public void Fit_ExponentialGroupsWithRatioOneHalf_RecoversIt()
    {
        // Exact quantiles of Exp(rate) and Exp(rate / 2), uncensored: the ratio of rates is 0.5.
        const int n = 4000;
        var first = Enumerable.Range(0, n).Select(k => -Math.Log(1 - (k + 0.5) / n) / 0.01).ToArray();
        var second = first.Select(t => 2 * t).ToArray();
        var events = Enumerable.Repeat(true, n).ToArray();

        var fit = CoxTwoGroups.Fit(SurvivalTable.FromObservations(first, events), SurvivalTable.FromObservations(second, events));

        Assert.InRange(fit.HazardRatio, 0.48, 0.52);
        Assert.True(fit.Lower95 < 0.5 && 0.5 < fit.Upper95);
    }
}
