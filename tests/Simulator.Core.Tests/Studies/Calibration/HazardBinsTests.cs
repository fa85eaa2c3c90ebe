using Simulator.Studies.Calibration;

namespace Simulator.Tests.Studies.Calibration;

public sealed class HazardBinsTests
{
    private static readonly HazardBins Bins = HazardBins.Of([10, 40, 80], 100);

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(17)]
    [InlineData(40)]
    [InlineData(61)]
    [InlineData(90)]
    [InlineData(100)]
    public void Weights_SumToOneAndExposuresToTheDay(double day)
    {
        var w = new double[3];
        var e = new double[3];

        Bins.Weights(day, w);
        Bins.Exposures(day, e);

        Assert.Equal(1, w.Sum(), 12);
        Assert.Equal(day, e.Sum(), 9);
        Assert.All(w, x => Assert.InRange(x, 0, 1));
        Assert.All(e, x => Assert.True(x >= -1e-9));
    }

    [Fact]
    public void Weights_AtNodesAndBeyondTheEnds_AreWhole()
    {
        var w = new double[3];

        Bins.Weights(5, w);
        Assert.Equal([1.0, 0, 0], w);
        Bins.Weights(40, w);
        Assert.Equal([0, 1.0, 0], w);
        Bins.Weights(95, w);
        Assert.Equal([0, 0, 1.0], w);
    }

    [Fact]
    public void Weights_BetweenNodes_AreLinearInLogTime()
    {
        var w = new double[3];

        Bins.Weights(20, w); // ln(20/10) / ln(40/10) = 1/2

        Assert.Equal(0.5, w[0], 12);
        Assert.Equal(0.5, w[1], 12);
    }

    [Fact]
    public void Exposures_DerivativeIsTheWeight()
    {
        var a = new double[3];
        var b = new double[3];
        var w = new double[3];
        const double day = 23.7, h = 1e-6;

        Bins.Exposures(day - h, a);
        Bins.Exposures(day + h, b);
        Bins.Weights(day, w);

        for (var k = 0; k < 3; k++) Assert.Equal(w[k], (b[k] - a[k]) / (2 * h), 5);
    }

    [Fact]
    public void FromEvents_NodesAtTheMiddlesOfEqualCountGroups()
    {
        var events = Enumerable.Range(1, 80).Select(i => (double)i).ToArray();

        var bins = HazardBins.FromEvents(events, 100);

        Assert.Equal([5, 13, 21, 29, 37, 45, 53, 61, 69, 77], bins.Nodes);
    }

    [Fact]
    public void FromEvents_FewEvents_GiveOneInterval()
    {
        var bins = HazardBins.FromEvents([3, 5], 100);

        Assert.Equal(1, bins.Count);
        Assert.Equal(100, bins.Width(0), 9);
    }

    [Fact]
    public void FromEvents_CloseNodes_AreMerged()
    {
        var events = Enumerable.Range(0, 80).Select(i => 50 + i * 0.01).ToArray();

        var bins = HazardBins.FromEvents(events, 100);

        Assert.Equal(1, bins.Count);
    }
}
