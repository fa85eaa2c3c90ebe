using Simulator.Application.Sharding;

namespace Simulator.Tests.Application.Sharding;

public class ShardIndexTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 1003)]
    [InlineData(3, 10)]
    [InlineData(4, 1003)]
    [InlineData(7, 7)]
    [InlineData(16, 100_003)]
    [InlineData(1000, 4_611_686_018_427_387_903)] // index × total overflows a long: computed in 128 bits
    public void Slice_AnyCountAndTotal_TilesTheTrialsWithSharesDifferingByAtMostOne(int count, long total)
    {
        var slices = Enumerable.Range(0, count).Select(i => new ShardIndex(i, count).Slice(total)).ToArray();

        Assert.Equal(0, slices[0].Start);
        for (var i = 1; i < count; i++) Assert.Equal(slices[i - 1].End, slices[i].Start);
        Assert.Equal(total, slices[^1].End);
        Assert.All(slices, s => Assert.InRange(s.Length, total / count, total / count + 1));
        Assert.All(slices, s => Assert.Equal(total, s.Total));
    }

    [Fact]
    public void Slice_MoreShardsThanTrials_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShardIndex(0, 5).Slice(4));
    }

    [Fact]
    public void ToString_IsIndexSlashCount()
    {
        Assert.Equal("2/4", new ShardIndex(2, 4).ToString());
    }
}
