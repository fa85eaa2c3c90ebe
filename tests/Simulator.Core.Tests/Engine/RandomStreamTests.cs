using Simulator.Engine;

namespace Simulator.Tests.Engine;

public sealed class RandomStreamTests
{
    [Fact]
    public void Create_SameCoordinates_GivesTheSameSequence()
    {
        var a = RandomStream.Create(99, 12345, StreamIds.Verification);
        var b = RandomStream.Create(99, 12345, StreamIds.Verification);
        for (var i = 0; i < 100; i++) Assert.Equal(a.Uniform(), b.Uniform());
    }

    [Fact]
    public void Create_NeighbouringTrialsAndStreams_GiveDifferentSequences()
    {
        var first = new HashSet<double>();
        for (var trial = 0; trial < 50; trial++)
        {
            for (var stream = 0; stream < 8; stream++)
            {
                Assert.True(first.Add(RandomStream.Create(7, trial, stream).Uniform()));
            }
        }
    }

    [Fact]
    public void Uniform_ManyDraws_StayInsideTheOpenUnitInterval()
    {
        var stream = RandomStream.Create(1, 1, 1);
        double sum = 0;
        const int n = 100_000;
        for (var i = 0; i < n; i++)
        {
            var u = stream.Uniform();
            Assert.True(u > 0 && u < 1);
            sum += u;
        }
        // Mean of U(0,1): sd of the mean is sqrt(1/12/n); 4 sd is far beyond chance.
        Assert.InRange(sum / n, 0.5 - 4 * Math.Sqrt(1.0 / 12 / n), 0.5 + 4 * Math.Sqrt(1.0 / 12 / n));
    }

    [Fact]
    public void LogNormal_FromMedianAndP90_HasThatMedianAndP90()
    {
        const double median = 4, p90 = 12;
        var mu = Math.Log(median);
        var sigma = (Math.Log(p90) - mu) / CompiledRegime.NormalP90;
        var stream = RandomStream.Create(5, 0, StreamIds.Verification);
        const int n = 40_000;
        int belowMedian = 0, belowP90 = 0;
        for (var i = 0; i < n; i++)
        {
            var x = stream.LogNormal(mu, sigma);
            if (x < median) belowMedian++;
            if (x < p90) belowP90++;
        }
        // Binomial 99.9% bounds (3.29 sd) around 0.5 and 0.9.
        Assert.InRange(belowMedian / (double)n, 0.5 - 3.29 * Math.Sqrt(0.25 / n), 0.5 + 3.29 * Math.Sqrt(0.25 / n));
        Assert.InRange(belowP90 / (double)n, 0.9 - 3.29 * Math.Sqrt(0.09 / n), 0.9 + 3.29 * Math.Sqrt(0.09 / n));
    }
}
