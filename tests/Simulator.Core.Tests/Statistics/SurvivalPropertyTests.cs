using Simulator.Statistics;

namespace Simulator.Tests.Statistics;

public class SurvivalPropertyTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5];

    private static KaplanMeier RandomCurve(int seed, int size)
    {
        var outcomes = TallyFixtures.Random(size, seed);
        return KaplanMeier.Estimate(SurvivalTable.FromObservations(
            outcomes.Select(o => o.DurationTicks / 1000.0).ToArray(),
            outcomes.Select(o => o.Collapsed).ToArray()));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Estimate_RandomSamples_SurvivalNeverIncreases(int seed)
    {
        var s = RandomCurve(seed, 300).Points.Select(p => p.Survival).ToArray();

        for (var i = 1; i < s.Length; i++) Assert.True(s[i] <= s[i - 1], $"S rose at row {i}");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Estimate_RandomSamples_IntervalsContainEstimateWithinUnitInterval(int seed)
    {
        foreach (var p in RandomCurve(seed, 300).Points)
        {
            Assert.InRange(p.Lower, 0, p.Survival);
            Assert.InRange(p.Upper, p.Survival, 1);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Quantile_RandomSamples_IntervalBracketsEstimate(int seed)
    {
        foreach (var q in RandomCurve(seed, 300).Quartiles.Where(q => q.Estimate is not null))
        {
            Assert.True(q.Lower <= q.Estimate);
            Assert.True(q.Upper is null || q.Upper >= q.Estimate);
        }
    }

    [Fact]
    public void NelsonAalen_Freireich_MatchesRCumhazAndStdChaz()
    {
        // R: f <- survfit(Surv(time, status) ~ 1, data = mp); cbind(f$time, f$cumhaz, f$std.chaz)
        //   t = 23: cumhaz 0.752113572701808, std.chaz 0.2794677466950028 (1e-12: rounding only).
        var na = NelsonAalen.Estimate(Freireich.Mp);

        Assert.Equal(0.752113572701808, na.At(23).CumulativeHazard, 1e-12);
        Assert.Equal(0.2794677466950028, na.At(23).StandardError, 1e-12);
        Assert.Equal(0.142857142857143, na.At(6.5).CumulativeHazard, 1e-12);
        Assert.Equal(0, na.At(5).CumulativeHazard);
    }
}
