using System.Numerics;

namespace Simulator.Engine.Tallies;

/// <summary>
/// Distribution of filing-to-verdict delays in ticks, as exact integer counts in fixed bins, so that
/// merging in any order gives the same result and recording a verdict allocates nothing. Delays
/// below <see cref="ExactTicks"/> (about a day) have a bin per tick; above, every doubling is split
/// into <see cref="BinsPerDoubling"/> bins, so a bin is never wider than 1/512 of its lower edge.
/// A quantile is therefore exact below a day and within 0.1 % (half a bin) above.
/// </summary>
public sealed class VerdictDelayHistogram
{
    /// <summary>Delays below this many ticks are counted exactly.</summary>
    public const long ExactTicks = 1024;

    /// <summary>Bins per doubling of the delay above <see cref="ExactTicks"/>.</summary>
    public const int BinsPerDoubling = 512;

    private const int ExactBits = 10; // log2(ExactTicks)
    private const int SubBits = 9;    // log2(BinsPerDoubling)

    private long[] _counts;

    /// <summary>Creates an empty histogram with room for delays up to <paramref name="expectedMaxTicks"/>
    /// (larger delays still fit: the bins grow, which allocates).</summary>
    public VerdictDelayHistogram(long expectedMaxTicks = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedMaxTicks);
        _counts = new long[BinOf(expectedMaxTicks) + 1];
    }

    /// <summary>Delays recorded.</summary>
    public long Count { get; private set; }

    /// <summary>Shortest delay recorded, ticks (0 when empty).</summary>
    public long MinTicks { get; private set; }

    /// <summary>Longest delay recorded, ticks (0 when empty).</summary>
    public long MaxTicks { get; private set; }

    /// <summary>Bins in use (grows with the longest delay).</summary>
    public int BinCount => _counts.Length;

    /// <summary>Delays recorded in bin <paramref name="bin"/>.</summary>
    public long CountInBin(int bin) => bin < _counts.Length ? _counts[bin] : 0;

    /// <summary>Records one delay.</summary>
    public void Add(long ticks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ticks);
        var bin = BinOf(ticks);
        if (bin >= _counts.Length) Array.Resize(ref _counts, bin + 1);
        _counts[bin]++;
        if (Count == 0 || ticks < MinTicks) MinTicks = ticks;
        if (Count == 0 || ticks > MaxTicks) MaxTicks = ticks;
        Count++;
    }

    /// <summary>Adds another histogram (any order gives the same result).</summary>
    public void Merge(VerdictDelayHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0) return;
        if (other._counts.Length > _counts.Length) Array.Resize(ref _counts, other._counts.Length);
        for (var i = 0; i < other._counts.Length; i++) _counts[i] += other._counts[i];
        MinTicks = Count == 0 ? other.MinTicks : Math.Min(MinTicks, other.MinTicks);
        MaxTicks = Count == 0 ? other.MaxTicks : Math.Max(MaxTicks, other.MaxTicks);
        Count += other.Count;
    }

    /// <summary>The non-empty bins as (bin, count), in bin order (what a checkpoint saves).</summary>
    public IEnumerable<KeyValuePair<int, long>> NonEmptyBins()
    {
        for (var bin = 0; bin < _counts.Length; bin++)
        {
            if (_counts[bin] != 0) yield return new KeyValuePair<int, long>(bin, _counts[bin]);
        }
    }

    /// <summary>Sets the histogram from saved values; it must be empty.</summary>
    public void Restore(long minTicks, long maxTicks, IEnumerable<KeyValuePair<int, long>> bins)
    {
        if (Count != 0) throw new InvalidOperationException("Restore needs an empty histogram.");
        foreach (var (bin, count) in bins)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(bin);
            if (bin >= _counts.Length) Array.Resize(ref _counts, bin + 1);
            _counts[bin] += count;
            Count += count;
        }
        MinTicks = Count == 0 ? 0 : minTicks;
        MaxTicks = Count == 0 ? 0 : maxTicks;
    }

    /// <summary>Empties it, keeping its bins.</summary>
    public void Clear()
    {
        Array.Clear(_counts);
        Count = 0;
        MinTicks = 0;
        MaxTicks = 0;
    }

    /// <summary>
    /// The delay within which at least <paramref name="percent"/> % of verdicts came, in days: the
    /// k-th shortest delay with k = ⌈percent·n/100⌉ (R's <c>quantile(x, type = 1)</c>). Exact below
    /// <see cref="ExactTicks"/>; above, the middle of the bin holding it, kept within the shortest and
    /// longest delays recorded. Null when nothing was recorded.
    /// </summary>
    public double? QuantileDays(int percent)
    {
        if (percent is < 0 or > 100) throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentile lies between 0 and 100.");
        if (Count == 0) return null;
        var rank = (long)(((Int128)percent * Count + 99) / 100);
        if (rank < 1) rank = 1;
        long seen = 0;
        for (var bin = 0; bin < _counts.Length; bin++)
        {
            seen += _counts[bin];
            if (seen < rank) continue;
            var (lo, hi) = BinRange(bin);
            var ticks = lo == hi ? lo : Math.Clamp((lo + hi) / 2.0, MinTicks, MaxTicks);
            return ticks / TimeResolution.TicksPerDay;
        }
        throw new InvalidOperationException("The bin counts do not add up to Count.");
    }

    /// <summary>The bin of a delay in ticks.</summary>
    public static int BinOf(long ticks)
    {
        if (ticks < ExactTicks) return (int)ticks;
        var exponent = 63 - BitOperations.LeadingZeroCount((ulong)ticks); // ≥ ExactBits
        var shift = exponent - SubBits;
        return (int)(ExactTicks + (long)(exponent - ExactBits) * BinsPerDoubling + ((ticks >> shift) - BinsPerDoubling));
    }

    /// <summary>The smallest and largest delay (ticks, inclusive) counted in <paramref name="bin"/>.</summary>
    public static (long Lo, long Hi) BinRange(int bin)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bin);
        if (bin < ExactTicks) return (bin, bin);
        var k = bin - ExactTicks;
        var exponent = ExactBits + (int)(k / BinsPerDoubling);
        var mantissa = BinsPerDoubling + k % BinsPerDoubling;
        var shift = exponent - SubBits;
        return (mantissa << shift, ((mantissa + 1) << shift) - 1);
    }
}
