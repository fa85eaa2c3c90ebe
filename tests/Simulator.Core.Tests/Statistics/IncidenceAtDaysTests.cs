using Simulator.Engine.Tallies;
using Simulator.Statistics;

namespace Simulator.Tests.Statistics;

/// <summary>The incidence kept at the report days is exactly the full curves' value there.</summary>
public sealed class IncidenceAtDaysTests
{
    [Theory]
    [InlineData(40_000, 1)]
    [InlineData(3_000, 2)]
    [InlineData(2, 3)]
    public void At_EveryCauseAndDay_EqualsTheFullCurves(int trials, int seed)
    {
        const long horizon = 365_000;
        var incidence = CumulativeIncidence.FromTally(RandomTallies.Of(trials, seed, horizon));
        // Unsorted, before the first event, between event times, at the horizon and beyond it.
        double[] days = [180, 0, 30.0005, 365, 1, 400, 90];

        var kept = incidence.AtDays(days);

        Assert.Equal(days, kept.Days);
        foreach (var cause in incidence.Causes)
        {
            foreach (var day in days) Assert.Equal(incidence.At(cause.CauseId, day), kept.At(cause.CauseId, day));
        }
    }

    [Theory]
    [InlineData(40_000, 1)]
    [InlineData(3_000, 2)]
    [InlineData(2, 3)]
    public void FromTallyAtDays_EveryCauseAndDay_EqualsTheFullCurves(int trials, int seed)
    {
        const long horizon = 365_000;
        var tally = RandomTallies.Of(trials, seed, horizon);
        var incidence = CumulativeIncidence.FromTally(tally);
        double[] days = [180, 0, 30.0005, 365, 1, 400, 90];

        var kept = CumulativeIncidence.FromTallyAtDays(tally, days);

        Assert.Equal(days, kept.Days);
        foreach (var cause in incidence.Causes)
        {
            foreach (var day in days) Assert.Equal(incidence.At(cause.CauseId, day), kept.At(cause.CauseId, day));
        }
        Assert.Equal(new CumulativeIncidencePoint(30, 0, 0), CumulativeIncidence.FromTallyAtDays(tally, [30]).At(99, 30));
    }

    [Fact]
    public void At_CauseWithoutCollapses_IsZero()
    {
        var kept = CumulativeIncidence.FromTally(RandomTallies.Of(500, 4, 365_000, causes: 2)).AtDays([30, 365]);

        Assert.Equal(new CumulativeIncidencePoint(30, 0, 0), kept.At(7, 30));
    }

    [Fact]
    public void At_DayNotKept_IsRefused()
    {
        var kept = CumulativeIncidence.FromTally(RandomTallies.Of(500, 5, 365_000)).AtDays([30, 365]);

        Assert.Throws<ArgumentOutOfRangeException>(() => kept.At(0, 31));
    }

    [Fact]
    public void AtDays_NoCollapses_HoldsNoCause()
    {
        var tally = new RegimeTally();
        tally.Add(TallyFixtures.Censored(1000));

        var kept = CumulativeIncidence.FromTally(tally).AtDays([1]);

        Assert.Equal(new CumulativeIncidencePoint(1, 0, 0), kept.At(0, 1));
    }
}
