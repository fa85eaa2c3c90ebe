using Simulator.Results.Curves;
using Simulator.Statistics;

namespace Simulator.Tests.Results.Curves;

/// <summary>survival.csv's rows: every distinct time up to the bound, then an exact grid.</summary>
public sealed class SurvivalGridTests
{
    // 30,000 distinct collapse ticks (1/1000 day) over 30 days, two trials at each, and 5,000 survivors
    // censored at day 30: three times the bound, so the grid applies (a step of 10 ticks).
    private static KaplanMeier LongCurve()
    {
        var times = new List<double>();
        var events = new List<bool>();
        for (var tick = 1; tick <= 30_000; tick++)
        {
            times.Add(tick / 1000.0);
            events.Add(true);
            times.Add(tick / 1000.0);
            events.Add(tick % 3 != 0); // some ticks also censor a trial
        }
        for (var i = 0; i < 5_000; i++)
        {
            times.Add(30);
            events.Add(false);
        }
        return KaplanMeier.Estimate(SurvivalTable.FromObservations(times, events));
    }

    [Theory]
    [InlineData(30_000L, 10L)]
    [InlineData(10_000L, 1L)]
    [InlineData(10_001L, 10L)]
    [InlineData(365_000L, 100L)]
    [InlineData(2_154_000L, 1_000L)]
    public void StepTicks_IsTheSmallestPowerOfTenKeepingTheHorizonWithinTheBound(long lastTicks, long step)
    {
        Assert.Equal(step, SurvivalGrid.StepTicks(lastTicks));
    }

    [Fact]
    public void Rows_ShortCurve_AreEveryDistinctTime()
    {
        var km = KaplanMeier.Estimate(SurvivalTable.FromObservations([1.5, 2, 2, 7.25, 10], [true, true, false, true, false]));

        var rows = SurvivalGrid.Rows(km.Table, everyTime: false).ToArray();

        Assert.Equal(km.Points.Select(p => p.Time), rows.Select(r => r.Day));
        Assert.Equal(Enumerable.Range(0, km.Points.Count), rows.Select(r => r.Index));
        Assert.Equal(km.Points.Select(p => (p.AtRisk, p.Events, p.Censored)), rows.Select(r => (r.AtRisk, r.Events, r.Censored)));
    }

    [Fact]
    public void Rows_LongCurve_AreAGridWithTheExactCurveAndCountsThatAddUp()
    {
        var km = LongCurve();
        Assert.True(km.Points.Count > SurvivalGrid.MaxRows);

        var rows = SurvivalGrid.Rows(km.Table, everyTime: false).ToArray();

        Assert.InRange(rows.Length, 2, SurvivalGrid.MaxRows + 1);
        Assert.Equal(3000, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            // Days are multiples of the step (10 ticks = 0.01 day), the last the last distinct time.
            Assert.Equal(Math.Round((i + 1) * 0.01, 3), rows[i].Day);
            // The values listed are the curve's own at that day.
            Assert.Equal(km.At(rows[i].Day).Survival, km.Points[rows[i].Index].Survival);
            Assert.Equal(km.Points[rows[i].Index].Time, km.Points.Last(p => p.Time <= rows[i].Day).Time);
            if (i > 0) Assert.Equal(rows[i - 1].AtRisk - rows[i - 1].Events - rows[i - 1].Censored, rows[i].AtRisk);
        }
        Assert.Equal(km.Table.Subjects, rows[0].AtRisk);
        Assert.Equal(km.Points.Sum(p => p.Events), rows.Sum(r => r.Events));
        Assert.Equal(km.Points.Sum(p => p.Censored), rows.Sum(r => r.Censored));
        Assert.Equal(30, rows[^1].Day);
        Assert.Equal(km.Points[^1].Survival, km.Points[rows[^1].Index].Survival);
    }

    [Fact]
    public void Rows_LongCurveInFull_AreEveryDistinctTime()
    {
        var km = LongCurve();

        var rows = SurvivalGrid.Rows(km.Table, everyTime: true).ToArray();

        Assert.Equal(km.Points.Count, rows.Length);
        Assert.Equal(km.Points.Select(p => p.Time), rows.Select(r => r.Day));
    }
}
