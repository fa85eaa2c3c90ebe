using Simulator.Statistics;

namespace Simulator.Tests.Statistics;

/// <summary>
/// Post-Cold-War civil-war ceasefires (data/README.md): published Kaplan–Meier figures and
/// log-rank statistic, and R's full-precision values for the same data.
/// </summary>
public class CeasefireReferenceTests
{
    // The published figures are rounded to 3 decimals (1 for the chi-square): half a unit of the
    // last digit is exactly the rounding error they can carry.
    private const double PublishedTolerance = 0.0005;
    private const double RTolerance = 1e-12;

    [Fact]
    public void WeibullFit_PostColdWarWithoutPeacekeepers_HazardFallsSteeply()
    {
        // The figure docs/regimes.md compares the seed scenario's status quo with (shape about 0.5).
        var fit = WeibullFit.Fit(CeasefireData.PostColdWar(CeasefireData.Locate(), peacekeepers: false, daysPerUnit: 1));
        Assert.True(fit.Converged);
        Assert.InRange(fit.Estimate!.Shape, 0.35, 0.65);
        Assert.True(fit.Estimate.ShapeUpper < 1);
    }

    [Fact]
    public void KaplanMeier_PostColdWar_MatchesPublishedSurvivalAt1_2_5Years()
    {
        var path = CeasefireData.Locate();
        var without = KaplanMeier.Estimate(CeasefireData.PostColdWar(path, peacekeepers: false));
        var with = KaplanMeier.Estimate(CeasefireData.PostColdWar(path, peacekeepers: true));

        Assert.Equal(62 + 34, without.Table.Subjects + with.Table.Subjects);
        Assert.Equal(56, without.Table.TotalEvents + with.Table.TotalEvents);
        Assert.Equal([0.613, 0.548, 0.387], new[] { 1.0, 2, 5 }.Select(y => Math.Round(without.At(y).Survival, 3)));
        Assert.Equal([0.794, 0.676, 0.559], new[] { 1.0, 2, 5 }.Select(y => Math.Round(with.At(y).Survival, 3)));
        Assert.Equal(0.613, without.At(1).Survival, PublishedTolerance);
    }

    [Fact]
    public void KaplanMeier_PostColdWar_MatchesRIntervalsAt1_2_5Years()
    {
        // R: d <- read.csv("civil-war-ceasefires.csv"); d <- d[d$post_cold_war == 1, ]
        //    f <- survfit(Surv(duration_days/365.24, failed) ~ peacekeepers, data = d, conf.type = "log-log")
        //    s <- summary(f, times = c(1, 2, 5)); cbind(s$surv, s$std.err, s$lower, s$upper)
        double[][] without =
        [
            [0.612903225806452, 0.0618599956199869, 0.480317405604277, 0.721215810640675],
            [0.548387096774194, 0.0632020172281383, 0.416866183567609, 0.661996335207902],
            [0.387096774193549, 0.0618599956199869, 0.267091955111314, 0.505450364569342],
        ];
        double[][] with =
        [
            [0.794117647058823, 0.0693445807052979, 0.616102352463399, 0.896086606175956],
            [0.676470588235294, 0.0802309408351345, 0.492404578827585, 0.806019361124499],
            [0.558823529411765, 0.0851538041683371, 0.378248036961266, 0.705877172562768],
        ];
        var path = CeasefireData.Locate();
        var kms = new[] { (KaplanMeier.Estimate(CeasefireData.PostColdWar(path, false)), without), (KaplanMeier.Estimate(CeasefireData.PostColdWar(path, true)), with) };

        foreach (var (km, reference) in kms)
        {
            for (var i = 0; i < 3; i++)
            {
                var e = km.At(new[] { 1.0, 2, 5 }[i]);
                Assert.Equal(reference[i], [e.Survival, e.StandardError, e.Lower, e.Upper], new ToleranceComparer(RTolerance));
            }
        }
    }

    [Fact]
    public void LogRank_PostColdWarByPeacekeepers_MatchesPublished4Point4()
    {
        // R: survdiff(Surv(duration_days, failed) ~ peacekeepers, data = d): chisq 4.35842328641201, p 0.0368263749576476
        var path = CeasefireData.Locate();
        var test = LogRankTest.Compute(CeasefireData.PostColdWar(path, false), CeasefireData.PostColdWar(path, true));

        Assert.Equal(4.4, Math.Round(test.ChiSquare, 1));
        Assert.Equal(4.35842328641201, test.ChiSquare, 1e-10);
        Assert.Equal(0.0368263749576476, test.PValue, 1e-12);
        Assert.Equal(1, test.DegreesOfFreedom);
    }

    [Fact]
    public void Quantile_PostColdWarInDays_MatchesRIncludingFlatMedian()
    {
        // R: fd <- survfit(Surv(duration_days, failed) ~ peacekeepers, data = d, conf.type = "log-log")
        //    quantile(fd, conf.int = TRUE)
        //    without: quantile 140, 860.5, NA; lower 66, 233, 2572; upper 233, 1900, NA
        //    with:    quantile 411, NA, NA;    lower 142, 687, NA;   upper 1263, NA, NA
        //    survival:::survmean(fd, rmean = 1826): rmean 957.387096774194 (se 97.6375583291705), 1243 (se 122.6978100666662)
        var path = CeasefireData.Locate();
        var without = KaplanMeier.Estimate(CeasefireData.PostColdWar(path, false, daysPerUnit: 1));
        var with = KaplanMeier.Estimate(CeasefireData.PostColdWar(path, true, daysPerUnit: 1));

        Assert.Equal([140.0, 860.5, null], without.Quartiles.Select(q => q.Estimate));
        Assert.Equal([66.0, 233.0, 2572.0], without.Quartiles.Select(q => q.Lower));
        Assert.Equal([233.0, 1900.0, null], without.Quartiles.Select(q => q.Upper));
        Assert.Equal([411.0, null, null], with.Quartiles.Select(q => q.Estimate));
        Assert.Equal([142.0, 687.0, null], with.Quartiles.Select(q => q.Lower));
        Assert.Equal([1263.0, null, null], with.Quartiles.Select(q => q.Upper));
        Assert.Equal(957.387096774194, without.RestrictedMean(1826).Estimate, 1e-9);
        Assert.Equal(97.6375583291705, without.RestrictedMean(1826).StandardError, 1e-9);
        Assert.Equal(1243.0, with.RestrictedMean(1826).Estimate, 1e-9);
        Assert.Equal(122.6978100666662, with.RestrictedMean(1826).StandardError, 1e-9);
    }
}
