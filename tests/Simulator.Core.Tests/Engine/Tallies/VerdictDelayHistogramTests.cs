using Simulator.Engine.Tallies;

namespace Simulator.Tests.Engine.Tallies;

public sealed class VerdictDelayHistogramTests
{
    [Fact]
    public void BinOf_EveryTickUpToTenMillion_LiesInTheRangeOfItsBin()
    {
        for (long t = 0; t < 10_000_000; t += t < 5000 ? 1 : 37)
        {
            var (lo, hi) = VerdictDelayHistogram.BinRange(VerdictDelayHistogram.BinOf(t));
            Assert.InRange(t, lo, hi);
            Assert.True(hi - lo + 1 <= Math.Max(1, lo / VerdictDelayHistogram.BinsPerDoubling), $"bin of {t} is [{lo}, {hi}]");
        }
    }

    [Fact]
    public void BinRange_ConsecutiveBins_TileTheTicksWithoutGaps()
    {
        long next = 0;
        for (var bin = 0; bin < 12_000; bin++)
        {
            var (lo, hi) = VerdictDelayHistogram.BinRange(bin);
            Assert.Equal(next, lo);
            Assert.Equal(bin, VerdictDelayHistogram.BinOf(hi));
            next = hi + 1;
        }
    }

    [Fact]
    public void QuantileDays_BelowOneDay_IsTheExactTypeOneQuantile()
    {
        var h = new VerdictDelayHistogram(365_000);
        long[] delays = [0, 0, 5, 120, 300, 301, 302, 999, 1000, 1023];
        foreach (var d in delays) h.Add(d);

        // Type 1: the ⌈p·n⌉-th smallest. n = 10: median the 5th (300), p90 the 9th (1000).
        Assert.Equal(0.300, h.QuantileDays(50));
        Assert.Equal(1.000, h.QuantileDays(90));
        Assert.Equal(0.0, h.QuantileDays(0));
        Assert.Equal(1.023, h.QuantileDays(100));
    }

    [Fact]
    public void QuantileDays_RandomDelays_WithinATenthOfAPercentOfTheExactQuantile()
    {
        var random = new Random(5);
        var delays = Enumerable.Range(0, 20_001).Select(_ => (long)(Math.Exp(random.NextDouble() * 12) * 3)).ToArray();
        var h = new VerdictDelayHistogram(10_000);
        foreach (var d in delays) h.Add(d);
        Array.Sort(delays);

        foreach (var percent in new[] { 1, 10, 25, 50, 75, 90, 99 })
        {
            var exact = delays[(int)Math.Ceiling(percent * delays.Length / 100.0) - 1] / 1000.0;
            var approx = h.QuantileDays(percent)!.Value;
            Assert.True(Math.Abs(approx - exact) <= exact / 1000 + 1e-12, $"p{percent}: {approx} vs exact {exact}");
        }
        Assert.Equal(delays[0], h.MinTicks);
        Assert.Equal(delays[^1], h.MaxTicks);
    }

    [Fact]
    public void QuantileDays_AllDelaysEqualAndLong_IsExactThanksToMinAndMax()
    {
        var h = new VerdictDelayHistogram(365_000);
        for (var i = 0; i < 7; i++) h.Add(6000);

        Assert.Equal(6.0, h.QuantileDays(50));
        Assert.Equal(6.0, h.QuantileDays(90));
    }

    [Fact]
    public void QuantileDays_Empty_IsNull() => Assert.Null(new VerdictDelayHistogram().QuantileDays(50));

    [Fact]
    public void Merge_InAnyOrderAndAcrossSizes_EqualsOneHistogramOfEverything()
    {
        var random = new Random(9);
        var parts = Enumerable.Range(0, 4).Select(i => Enumerable.Range(0, 500).Select(_ => (long)random.Next(0, 50_000 * (i + 1))).ToArray()).ToArray();
        var whole = new VerdictDelayHistogram();
        foreach (var d in parts.SelectMany(p => p)) whole.Add(d);

        var forward = new VerdictDelayHistogram(10);
        var backward = new VerdictDelayHistogram(365_000);
        foreach (var part in parts)
        {
            var h = new VerdictDelayHistogram(1000);
            foreach (var d in part) h.Add(d);
            forward.Merge(h);
        }
        foreach (var part in parts.Reverse())
        {
            var h = new VerdictDelayHistogram();
            foreach (var d in part) h.Add(d);
            backward.Merge(h);
        }

        foreach (var merged in new[] { forward, backward })
        {
            Assert.Equal(whole.Count, merged.Count);
            Assert.Equal(whole.MinTicks, merged.MinTicks);
            Assert.Equal(whole.MaxTicks, merged.MaxTicks);
            for (var bin = 0; bin < Math.Max(whole.BinCount, merged.BinCount); bin++)
            {
                Assert.Equal(whole.CountInBin(bin), merged.CountInBin(bin));
            }
        }
    }

    [Fact]
    public void Clear_KeepsNothing()
    {
        var h = new VerdictDelayHistogram(100);
        h.Add(50);
        h.Add(5000);
        h.Clear();
        Assert.Equal(0, h.Count);
        Assert.Null(h.QuantileDays(50));
        h.Add(7);
        Assert.Equal(7, h.MinTicks);
        Assert.Equal(7, h.MaxTicks);
    }
}
