using Simulator.Application.Sharding;

namespace Simulator.Tests.Application.Sharding;

public class ShardSliceTests
{
    [Fact]
    public void Parts_ShareSpanningPoints_IsCutAtPointBoundaries()
    {
        var slice = new ShardSlice(new ShardIndex(1, 3), Start: 3, Length: 9, Total: 15);

        Assert.Equal([(0, 3L, 2L), (1, 0L, 5L), (2, 0L, 2L)], slice.Parts([5, 5, 5]));
    }

    [Fact]
    public void Parts_ShareInsideOnePoint_IsOnePart()
    {
        var slice = new ShardSlice(new ShardIndex(2, 4), Start: 12, Length: 3, Total: 20);

        Assert.Equal([(1, 2L, 3L)], slice.Parts([10, 10]));
    }

    [Fact]
    public void Parts_OfEveryShard_CoverEveryTrialOfEveryPointOnce()
    {
        long[] trials = [7, 1, 12, 5];
        var covered = trials.Select(t => new int[t]).ToArray();
        for (var i = 0; i < 6; i++)
        {
            foreach (var (point, first, count) in new ShardIndex(i, 6).Slice(trials.Sum()).Parts(trials))
            {
                for (var t = first; t < first + count; t++) covered[point][t]++;
            }
        }
        Assert.All(covered, point => Assert.All(point, c => Assert.Equal(1, c)));
    }
}
