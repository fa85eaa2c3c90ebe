using Simulator.Statistics;

namespace Simulator.Tests.Statistics;

public class WeibullFitTests
{
    // References from R 4.2.2, survival 3.5.3, converged tightly so that R's own stopping error
    // (default rel.tolerance 1e-9 moves the placebo intercept by 1.4e-10) does not enter:
    //   ctl <- survreg.control(rel.tolerance = 1e-14, maxiter = 100)
    //   w <- survreg(Surv(time, status) ~ 1, data = mp, dist = "weibull", control = ctl)
    //   c(coef(w), log(w$scale), sqrt(diag(vcov(w))), vcov(w)[1, 2], w$loglik[1])
    // Our Newton iteration stops after a step that squares a decrement ≤ 1e-10·|loglik|, leaving
    // parameter errors far below 1e-9, the tolerance used.
    private const double Tolerance = 1e-9;

    [Fact]
    public void Fit_Freireich6MP_MatchesRSurvreg()
    {
        var fit = WeibullFit.Fit(Freireich.Mp);

        Assert.True(fit.Converged);
        var e = fit.Estimate!;
        Assert.Equal(3.5194292341447522, e.Intercept, Tolerance);
        Assert.Equal(-0.3028670871910562, e.LogScale, Tolerance);
        Assert.Equal(0.2733689221467814, e.InterceptStandardError, Tolerance);
        Assert.Equal(0.2783978839799136, e.LogScaleStandardError, Tolerance);
        Assert.Equal(0.0330581057685429, e.Covariance, Tolerance);
        Assert.Equal(-41.6586784768815477, e.LogLikelihood, Tolerance);
        Assert.Equal(Math.Exp(0.3028670871910562), e.Shape, Tolerance);
        Assert.Equal(Math.Exp(3.5194292341447522), e.Scale, 1e-7); // λ ≈ 33.8: same relative accuracy
    }

    [Fact]
    public void Fit_FreireichPlaceboUncensored_MatchesRSurvreg()
    {
        // pl <- c(1,1,2,2,3,4,4,5,5,8,8,8,8,11,11,12,12,15,17,22,23); survreg(Surv(pl, rep(1, 21)) ~ 1, ...)
        var fit = WeibullFit.Fit(Freireich.Placebo);

        var e = fit.Estimate!;
        Assert.Equal(2.24941016159915508, e.Intercept, Tolerance);
        Assert.Equal(-0.31517553408499122, e.LogScale, Tolerance);
        Assert.Equal(0.16781545575441684, e.InterceptStandardError, Tolerance);
        Assert.Equal(0.17357182848959268, e.LogScaleStandardError, Tolerance);
        Assert.Equal(-0.00919998629431883, e.Covariance, Tolerance);
        Assert.Equal(-64.92010758901238887, e.LogLikelihood, Tolerance);
    }

    [Fact]
    public void Fit_PostColdWarWithoutPeacekeepersInDays_MatchesRSurvreg()
    {
        // d <- d[d$post_cold_war == 1 & d$peacekeepers == 0, ]; survreg(Surv(duration_days, failed) ~ 1, data = d, ...)
        // Shape below 1 (0.50): the hazard of renewed war falls with time, as the literature finds.
        var fit = WeibullFit.Fit(CeasefireData.PostColdWar(CeasefireData.Locate(), false, daysPerUnit: 1));

        var e = fit.Estimate!;
        Assert.Equal(7.8338473722044135, e.Intercept, Tolerance);
        Assert.Equal(0.6857820432225515, e.LogScale, Tolerance);
        Assert.Equal(0.3134047802411187, e.InterceptStandardError, Tolerance);
        Assert.Equal(0.1340167635357227, e.LogScaleStandardError, Tolerance);
        Assert.Equal(-342.9682298794746202, e.LogLikelihood, 1e-8); // |loglik| ≈ 343: same relative accuracy
    }

    [Fact]
    public void Fit_WaldIntervals_AreLogScaleIntervalsMappedBack()
    {
        var e = WeibullFit.Fit(Freireich.Mp).Estimate!;
        const double z = 1.959963984540054; // qnorm(0.975)

        Assert.Equal(Math.Exp(e.Intercept - z * e.InterceptStandardError), e.ScaleLower, 1e-9);
        Assert.Equal(Math.Exp(e.Intercept + z * e.InterceptStandardError), e.ScaleUpper, 1e-9);
        Assert.Equal(Math.Exp(-e.LogScale - z * e.LogScaleStandardError), e.ShapeLower, 1e-12);
        Assert.Equal(Math.Exp(-e.LogScale + z * e.LogScaleStandardError), e.ShapeUpper, 1e-12);
    }

    [Fact]
    public void Fit_NoEvents_ReportsNoEventsWithoutEstimate()
    {
        var fit = WeibullFit.Fit(SurvivalTable.FromObservations([5, 6, 7], [false, false, false]));

        Assert.Equal(WeibullFitStatus.NoEvents, fit.Status);
        Assert.Null(fit.Estimate);
    }

    [Fact]
    public void Fit_AllEventsAtOneInstant_ReportsDidNotConverge()
    {
        // The likelihood increases without bound as σ → 0: there is no maximum.
        var fit = WeibullFit.Fit(SurvivalTable.FromObservations([5, 5, 5, 5], [true, true, true, true]));

        Assert.Equal(WeibullFitStatus.DidNotConverge, fit.Status);
        Assert.Null(fit.Estimate);
    }

    [Fact]
    public void Fit_ZeroTime_ReportsNonPositiveTime()
    {
        var fit = WeibullFit.Fit(SurvivalTable.FromObservations([0, 5, 6], [true, true, false]));

        Assert.Equal(WeibullFitStatus.NonPositiveTime, fit.Status);
    }

    [Fact]
    public void Fit_LargeWeightedTableFarFromStart_Converges()
    {
        // Weibull(k = 3, λ = 1000) quantiles, 1000 subjects per row, censored at 900: a steep shape
        // far from the exponential start value must still converge to a shape near 3.
        var times = new List<double>();
        var events = new List<bool>();
        for (var i = 1; i <= 99; i++)
        {
            var t = 1000 * Math.Pow(-Math.Log(1 - i / 100.0), 1 / 3.0);
            for (var r = 0; r < 1000; r++)
            {
                times.Add(Math.Min(t, 900));
                events.Add(t < 900);
            }
        }

        var fit = WeibullFit.Fit(SurvivalTable.FromObservations(times, events));

        Assert.True(fit.Converged);
        Assert.InRange(fit.Estimate!.Shape, 2.8, 3.2); // a 99-point quantile grid, not a sample: only close to 3
    }
}
