using Simulator.Engine.Tallies;

namespace Simulator.Tests.Engine.Tallies;

/// <summary>CollapseHistogram: the exact counts of a dictionary, in key order, whether a cause is held sparse or dense.</summary>
public sealed class CollapseHistogramTests
{
    private const long Horizon = 4000;

    private static long Key(long tick, int cause) => (tick << 12) | (long)cause;

    // Enough distinct keys that every cause passes the dense threshold (a sixteenth of the ticks, at least 1024).
    private static (CollapseHistogram Histogram, Dictionary<long, long> Expected) Filled(int seed, int adds)
    {
        var random = new Random(seed);
        var histogram = new CollapseHistogram(Horizon);
        var expected = new Dictionary<long, long>();
        for (var i = 0; i < adds; i++)
        {
            var key = Key(random.NextInt64(Horizon + 1), random.Next(6));
            var count = random.Next(1, 4);
            histogram.Add(key, count);
            expected[key] = expected.GetValueOrDefault(key) + count;
        }
        return (histogram, expected);
    }

    [Fact]
    public void Add_ManyKeys_HoldsExactlyTheDictionarysCountsInKeyOrder()
    {
        var (histogram, expected) = Filled(1, 40_000);

        Assert.True(expected.Count > 6 * 1024, "the test must reach the dense threshold of every cause");
        Assert.Equal(expected.Count, histogram.Count);
        Assert.Equal(expected.OrderBy(kv => kv.Key), histogram);
        foreach (var (key, count) in expected) Assert.Equal(count, histogram[key]);
        Assert.False(histogram.ContainsKey(Key(Horizon + 5, 0)));
    }

    [Fact]
    public void Merge_TwoHistograms_AddsEveryCount()
    {
        var (a, expectedA) = Filled(2, 30_000);
        var (b, expectedB) = Filled(3, 500); // small: stays sparse

        a.Merge(b);
        b.Merge(Filled(2, 30_000).Histogram);

        var expected = new Dictionary<long, long>(expectedA);
        foreach (var (key, count) in expectedB) expected[key] = expected.GetValueOrDefault(key) + count;
        Assert.Equal(expected.OrderBy(kv => kv.Key), a);
        Assert.Equal(expected.OrderBy(kv => kv.Key), b);
    }

    [Fact]
    public void Clear_AfterDenseCauses_LeavesItEmptyAndReusable()
    {
        var (histogram, _) = Filled(4, 30_000);

        histogram.Clear();
        histogram.Add(Key(7, 2), 3);

        Assert.Equal([new KeyValuePair<long, long>(Key(7, 2), 3)], histogram);
    }

    [Fact]
    public void Merge_OfSingleCollapsesNeverRead_CountsThemAndClearForgetsThem()
    {
        // A worker's block: single collapses, merged without being read, cleared, reused.
        var run = new CollapseHistogram(Horizon);
        var block = new CollapseHistogram(Horizon);
        var expected = new Dictionary<long, long>();
        var random = new Random(5);
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 1000 * (round + 1); i++) // the last round passes the log's length
            {
                var key = Key(random.NextInt64(Horizon + 1), random.Next(3));
                block.Add(key, 1);
                expected[key] = expected.GetValueOrDefault(key) + 1;
            }
            run.Merge(block);
            block.Clear();
        }
        block.Add(Key(1, 1), 1);
        block.Clear();

        Assert.Equal(expected.OrderBy(kv => kv.Key), run);
        Assert.Empty(block);
        Assert.False(block.ContainsKey(Key(1, 1)));
    }
}
