using Simulator.Engine.Tallies;
using Simulator.Results.Curves;
using Simulator.Statistics;
using Simulator.Tests.Statistics;

namespace Simulator.Tests.Results.Curves;

/// <summary>The reduced curve holds exactly the full curve's values at the rows and days the outputs show.</summary>
public sealed class SurvivalDigestTests
{
    private const long Horizon = 365_000;
    private static readonly double[] Days = [365, 30, 0, 90.0005, 180];

    // Every row the grid lists, with the values read off the full curves at the listed point.
    private static SurvivalRow[] Expected(KaplanMeier curve, bool everyTime)
    {
        var hazard = NelsonAalen.Estimate(curve.Table).Points;
        return [.. SurvivalGrid.Rows(curve.Table, everyTime).Select(r =>
        {
            var p = curve.Points[r.Index];
            return new SurvivalRow(r.Day, r.AtRisk, r.Events, r.Censored, p.Survival, p.Lower, p.Upper, p.StandardError, hazard[r.Index].CumulativeHazard, hazard[r.Index].StandardError);
        })];
    }

    [Theory]
    [InlineData(60_000, 1)] // tens of thousands of distinct ticks: the grid applies
    [InlineData(5_000, 2)]  // a few thousand: every time is listed
    public void Of_RandomTally_HoldsTheFullCurvesRowsAndHazard(int trials, int seed)
    {
        var tally = RandomTallies.Of(trials, seed, Horizon);
        var curve = KaplanMeier.Estimate(SurvivalTable.FromTally(tally, Horizon));

        var digest = SurvivalDigest.Of(curve, Days);

        Assert.Equal(curve.Points.Count, digest.DistinctTimes);
        Assert.Equal(curve.Points.Count <= SurvivalGrid.MaxRows, digest.IsComplete);
        Assert.Equal(Expected(curve, everyTime: false), digest.BoundedRows);
        var hazard = NelsonAalen.Estimate(curve.Table);
        Assert.Equal(Days.Select(hazard.At), digest.HazardAtDays);
    }

    [Fact]
    public void Of_LongCurve_IsBoundedAndFullRowsListEveryTime()
    {
        var tally = RandomTallies.Of(60_000, 3, Horizon);
        var curve = KaplanMeier.Estimate(SurvivalTable.FromTally(tally, Horizon));

        var digest = SurvivalDigest.Of(curve, Days);

        Assert.True(curve.Points.Count > SurvivalGrid.MaxRows);
        Assert.False(digest.IsComplete);
        Assert.InRange(digest.BoundedRows.Count, 1, SurvivalGrid.MaxRows + 1);
        Assert.Equal(Expected(curve, everyTime: true), SurvivalDigest.FullRows(tally, Horizon));
    }

    [Fact]
    public void FullRows_NoTrials_AreNone()
    {
        Assert.Empty(SurvivalDigest.FullRows(new RegimeTally(), Horizon));
    }
}
