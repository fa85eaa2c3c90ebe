using System.Globalization;

namespace Simulator.Application.Sharding;

/// <summary>Which shard of how many: <c>--shard INDEX/COUNT</c>, INDEX from 0.</summary>
/// <param name="Index">The shard, 0 ≤ Index &lt; Count.</param>
/// <param name="Count">How many shards the work is split into.</param>
public readonly record struct ShardIndex(int Index, int Count)
{
    /// <summary>Most shards a run may be split into.</summary>
    public const int MaxCount = 100_000;

    /// <summary>
    /// This shard's contiguous share of trials [0, <paramref name="total"/>): shard i gets
    /// [⌊i·total/count⌋, ⌊(i+1)·total/count⌋), so the shares tile the range exactly and differ in
    /// size by at most one trial, whatever the total.
    /// </summary>
    public ShardSlice Slice(long total)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(total, Count);
        var start = Boundary(Index, total);
        return new ShardSlice(this, start, Boundary(Index + 1, total) - start, total);
    }

    /// <summary>"INDEX/COUNT".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    private long Boundary(int index, long total) => (long)((Int128)total * index / Count);
}
