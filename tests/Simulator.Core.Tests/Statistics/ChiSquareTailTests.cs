using MathNet.Numerics;
using Simulator.Statistics;

namespace Simulator.Tests.Statistics;

public class ChiSquareTailTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Log10PValue_AtSwitchToAsymptoticSeries_AgreesWithDirectValue(double df)
    {
        // Just past the switch (χ² = 1250, x = 625) the direct value is still representable; the
        // series is then accurate to far better than 1e-12 relative, so log10 agrees to 1e-9 absolute.
        var direct = Math.Log10(SpecialFunctions.GammaUpperRegularized(df / 2, 625));

        Assert.Equal(direct, ChiSquareTail.Log10PValue(1250, df), 1e-9);
    }

    [Fact]
    public void PValue_InfiniteStatistic_IsZeroNotNaN()
    {
        Assert.Equal(0, ChiSquareTail.PValue(double.PositiveInfinity, 1));
    }
}
