using Simulator.Statistics;

namespace Simulator.Tests.Statistics;

public class KaplanMeierTests
{
    // R prints these to 15 significant digits; our sums and products of a few dozen terms differ from
    // R's by rounding only (~1e-15), so 1e-12 is loose for rounding yet far below any real difference.
    private const double RTolerance = 1e-12;

    // R 4.2.2, survival 3.5.3:
    //   mp <- data.frame(time = c(6,6,6,6,7,9,10,10,11,13,16,17,19,20,22,23,25,32,32,34,35),
    //                    status = c(1,1,1,0,1,0,1,0,0,1,1,0,0,0,1,1,0,0,0,0,0))
    //   f <- survfit(Surv(time, status) ~ 1, data = mp, conf.type = "log-log")
    //   cbind(f$time, f$surv, summary(f, censored = TRUE)$std.err, f$lower, f$upper)
    // Rows at event times (censoring-only rows repeat the previous row).
    private static readonly (double Time, double S, double Se, double Lo, double Up)[] MpReference =
    [
        (6, 0.857142857142857, 0.0763603548321213, 0.619717955265984, 0.951551747646997),
        (7, 0.806722689075630, 0.0869352851800572, 0.563146564622233, 0.922809019202880),
        (10, 0.752941176470588, 0.0963496529943205, 0.503199510799957, 0.889361835169265),
        (13, 0.690196078431372, 0.1068147077750098, 0.431610222486184, 0.849065963349451),
        (16, 0.627450980392157, 0.1140538652567525, 0.367510855987502, 0.804912189471841),
        (22, 0.537815126050420, 0.1282337516930340, 0.267778936767135, 0.746790717635394),
        (23, 0.448179271708683, 0.1345914567557604, 0.188052005959232, 0.680142628495241),
    ];

    [Fact]
    public void Estimate_Freireich6MP_MatchesRSurvfitAtEveryEventTime()
    {
        var km = KaplanMeier.Estimate(Freireich.Mp);

        foreach (var r in MpReference)
        {
            var p = km.Points.Single(x => x.Time == r.Time);
            Assert.Equal(r.S, p.Survival, RTolerance);
            Assert.Equal(r.Se, p.StandardError, RTolerance);
            Assert.Equal(r.Lo, p.Lower, RTolerance);
            Assert.Equal(r.Up, p.Upper, RTolerance);
        }
    }

    [Fact]
    public void Estimate_Freireich6MP_KeepsCensoringOnlyRowsLikeSurvfit()
    {
        var km = KaplanMeier.Estimate(Freireich.Mp);

        // survfit has 16 rows: times 6,7,9,10,11,13,16,17,19,20,22,23,25,32,34,35.
        Assert.Equal([6, 7, 9, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 34, 35], km.Points.Select(p => p.Time));
        Assert.Equal([21, 17, 16, 15, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 2, 1], km.Points.Select(p => p.AtRisk));
    }

    [Fact]
    public void Estimate_FreireichPlacebo_ReachesZeroWithDegenerateIntervalAndNoLogSe()
    {
        // R: survfit(Surv(pl, rep(1, 21)) ~ 1, conf.type = "log-log"): S(22) = 0.0476190476190476,
        // lower 0.00332446304253118, upper 0.197044905698946; S(23) = 0 with NA limits, std.err Inf.
        var km = KaplanMeier.Estimate(Freireich.Placebo);

        var at22 = km.At(22);
        Assert.Equal(0.0476190476190476, at22.Survival, RTolerance);
        Assert.Equal(0.00332446304253118, at22.Lower, RTolerance);
        Assert.Equal(0.197044905698946, at22.Upper, RTolerance);
        var last = km.Points[^1];
        Assert.Equal(0, last.Survival);
        Assert.Null(last.LogStandardError);
        Assert.Equal((0.0, 0.0), (last.Lower, last.Upper));
    }

    [Fact]
    public void At_BetweenAndOnEventTimes_IsRightContinuousStep()
    {
        var km = KaplanMeier.Estimate(Freireich.Mp);

        Assert.Equal(1, km.At(5.999).Survival);
        Assert.Equal((1.0, 1.0), (km.At(0).Lower, km.At(0).Upper));
        Assert.Equal(km.Points[0].Survival, km.At(6).Survival);
        Assert.Equal(km.Points[0].Survival, km.At(6.999).Survival);
        Assert.Equal(km.Points[^1].Survival, km.At(1000).Survival);
    }

    [Fact]
    public void Quantile_Freireich_MatchesRQuantileSurvfit()
    {
        // R: quantile(f, probs = c(.25, .5, .75), conf.int = TRUE)
        // 6-MP:    quantile 13, 23, NA; lower 6, 13, 23; upper 22, NA, NA.
        // placebo: quantile 4, 8, 12;   lower 1, 4, 8;   upper 5, 11, 22.
        var mp = KaplanMeier.Estimate(Freireich.Mp).Quartiles;
        var pl = KaplanMeier.Estimate(Freireich.Placebo).Quartiles;

        Assert.Equal([13.0, 23.0, null], mp.Select(q => q.Estimate));
        Assert.Equal([6.0, 13.0, 23.0], mp.Select(q => q.Lower));
        Assert.Equal([22.0, null, null], mp.Select(q => q.Upper));
        Assert.Equal([4.0, 8.0, 12.0], pl.Select(q => q.Estimate));
        Assert.Equal([1.0, 4.0, 8.0], pl.Select(q => q.Lower));
        Assert.Equal([5.0, 11.0, 22.0], pl.Select(q => q.Upper));
    }

    [Fact]
    public void Quantile_CurveFlatAtLevel_TakesMidpointLikeR()
    {
        // R: quantile(survfit(Surv(c(1,2,3,4,5,6), c(1,1,1,0,1,1)) ~ 1, conf.type = "log-log"), conf.int = TRUE)
        //   quantile 2, 4, 5.5; lower 1, 1, 2; upper 5, NA, NA.
        // S = 0.5 exactly on [3, 5): the median is (3 + 5)/2 = 4.
        var km = KaplanMeier.Estimate(SurvivalTable.FromObservations([1, 2, 3, 4, 5, 6], [true, true, true, false, true, true]));

        var q = km.Quartiles;
        Assert.Equal([2.0, 4.0, 5.5], q.Select(x => x.Estimate));
        Assert.Equal([1.0, 1.0, 2.0], q.Select(x => x.Lower));
        Assert.Equal([5.0, null, null], q.Select(x => x.Upper));
    }

    [Fact]
    public void Quantile_CurveEndsFlatAtLevel_UsesLastTimeForMidpoint()
    {
        // R: quantile(survfit(Surv(c(1,2,3,4), c(1,1,0,0)) ~ 1, conf.type = "log-log"), conf.int = TRUE)
        //   quantile 1.5, 3, NA; lower 1, 1, 1; upper NA, NA, NA.
        var km = KaplanMeier.Estimate(SurvivalTable.FromObservations([1, 2, 3, 4], [true, true, false, false]));

        var q = km.Quartiles;
        Assert.Equal([1.5, 3.0, null], q.Select(x => x.Estimate));
        Assert.Equal([1.0, 1.0, 1.0], q.Select(x => x.Lower));
        Assert.Equal([null, null, null], q.Select(x => x.Upper));
    }

    [Fact]
    public void RestrictedMean_Freireich_MatchesRPrintRmean()
    {
        // R: survival:::survmean(f, rmean = 35)$matrix  (what print(f, rmean = 35) shows)
        //   6-MP rmean 23.28739495798319, se 2.82746762337144; with rmean = 20: 16.11652661064426, 1.25156019600505.
        //   placebo, rmean = 23: 8.66666666666667, se 1.37739004126455.
        var mp = KaplanMeier.Estimate(Freireich.Mp);
        var pl = KaplanMeier.Estimate(Freireich.Placebo);

        Assert.Equal(23.28739495798319, mp.RestrictedMean(35).Estimate, RTolerance);
        Assert.Equal(2.82746762337144, mp.RestrictedMean(35).StandardError, RTolerance);
        Assert.Equal(16.11652661064426, mp.RestrictedMean(20).Estimate, RTolerance);
        Assert.Equal(1.25156019600505, mp.RestrictedMean(20).StandardError, RTolerance);
        Assert.Equal(8.66666666666667, pl.RestrictedMean(23).Estimate, RTolerance);
        Assert.Equal(1.37739004126455, pl.RestrictedMean(23).StandardError, RTolerance);
    }

    [Fact]
    public void RestrictedMean_HorizonBeforeFirstTime_IsHorizonWithZeroError()
    {
        var r = KaplanMeier.Estimate(Freireich.Mp).RestrictedMean(3);

        Assert.Equal(3, r.Estimate);
        Assert.Equal(0, r.StandardError);
    }
}
