using Simulator.Engine.Tallies;
using Simulator.Statistics;

namespace Simulator.Tests.Statistics;

public class SurvivalTableTests
{
    [Fact]
    public void FromObservations_TiedEventAndCensoring_CountsBothAtOneTimeWithCensoredAtRisk()
    {
        var table = SurvivalTable.FromObservations([2, 1, 2, 3], [true, true, false, true]);

        Assert.Equal([1.0, 2, 3], table.Times);
        Assert.Equal([4L, 3, 1], table.AtRisk);
        Assert.Equal([1L, 1, 1], table.Events);
        Assert.Equal([0L, 1, 0], table.Censored);
    }

    [Fact]
    public void FromTally_KnownOutcomes_GivesSameCurveAsRawArrays()
    {
        const long horizon = 365_000;
        var outcomes = TallyFixtures.Random(2_000, seed: 7, horizon);
        var tally = new RegimeTally();
        foreach (var o in outcomes) tally.Add(o);

        var fromTally = KaplanMeier.Estimate(SurvivalTable.FromTally(tally, horizon));
        var fromRaw = KaplanMeier.Estimate(SurvivalTable.FromObservations(
            outcomes.Select(o => TimeResolution.ToDays(o.DurationTicks)).ToArray(),
            outcomes.Select(o => o.Collapsed).ToArray()));

        // Same arithmetic on the same counts in the same order: equal to the last bit.
        Assert.Equal(fromRaw.Points, fromTally.Points);
        Assert.Equal(365.0, fromTally.Points[^1].Time);
    }

    [Fact]
    public void FromTally_CollapseAtHorizonTick_SharesRowWithCensoredSurvivors()
    {
        var tally = new RegimeTally();
        tally.Add(TallyFixtures.Collapse(1_000, 0));
        tally.Add(TallyFixtures.Collapse(10_000, 0));
        tally.Add(TallyFixtures.Censored(10_000));

        var table = SurvivalTable.FromTally(tally, 10_000);

        Assert.Equal([1.0, 10.0], table.Times);
        Assert.Equal([3L, 2], table.AtRisk);
        Assert.Equal([1L, 1], table.Events);
        Assert.Equal([0L, 1], table.Censored);
    }

    [Fact]
    public void FromTally_CollapseAfterHorizon_Throws()
    {
        var tally = new RegimeTally();
        tally.Add(TallyFixtures.Collapse(20_000, 0));

        Assert.Throws<ArgumentException>(() => SurvivalTable.FromTally(tally, 10_000));
    }
}
