using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Simulator.Engine.Tallies;

/// <summary>
/// Collapses counted per packed (tick, cause) key, exactly, in memory bounded by the horizon: a
/// cause's counts start in a dictionary and move to a dense array over the horizon's ticks once
/// the cause has collapses at a sixteenth of the ticks (from then on its memory no longer grows with
/// the trials; a dictionary entry costs several times an array slot). Enumerates in ascending key order (tick, then cause), whatever the order of adding.
/// Single collapses are first written to a short log and counted only when the log fills, the
/// histogram is read, or it is merged into another: a block of trials (a worker's tally, merged
/// then cleared) so never builds a dictionary, and its collapses go straight to the run's arrays.
/// </summary>
public sealed class CollapseHistogram : IReadOnlyDictionary<long, long>
{
    private readonly long _horizonTicks;
    private readonly Dictionary<long, long> _sparse = new();
    private int[]?[] _dense = []; // a count per tick never exceeds the trials (at most 10⁸): int suffices
    private int[] _sparseKeys = [];
    private int[] _denseKeys = [];
    private int _denseCount;
    private readonly long[] _log = new long[LogLength];
    private int _logged;

    // Long enough for the collapses of a default block (4,096 trials a regime, at most one collapse each); 32 KB.
    private const int LogLength = 4096;

    /// <summary>An empty histogram; <paramref name="horizonTicks"/> (0: unknown) bounds the ticks, so dense arrays can be sized once.</summary>
    public CollapseHistogram(long horizonTicks) => _horizonTicks = horizonTicks;

    /// <inheritdoc />
    public int Count
    {
        get
        {
            Flush();
            return _sparse.Count + _denseCount;
        }
    }

    /// <inheritdoc />
    public long this[long key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no collapse at key {key}");

    /// <inheritdoc />
    public IEnumerable<long> Keys => this.Select(kv => kv.Key);

    /// <inheritdoc />
    public IEnumerable<long> Values => this.Select(kv => kv.Value);

    /// <summary>Adds <paramref name="count"/> collapses at <paramref name="key"/>.</summary>
    public void Add(long key, long count)
    {
        if (count == 1)
        {
            if (_logged == LogLength) Flush();
            _log[_logged++] = key;
            return;
        }
        AddNow(key, count);
    }

    // Counts the logged collapses; the log is then empty.
    private void Flush()
    {
        var logged = _logged;
        _logged = 0;
        for (var i = 0; i < logged; i++) AddNow(_log[i], 1);
    }

    private void AddNow(long key, long count)
    {
        var tick = RegimeTally.TickOf(key);
        var cause = RegimeTally.CauseOf(key);
        if (cause < _dense.Length && _dense[cause] is { } dense && tick <= _horizonTicks)
        {
            if (dense[tick] == 0) { _denseKeys[cause]++; _denseCount++; }
            dense[tick] = checked((int)(dense[tick] + count));
            return;
        }
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_sparse, key, out var existed);
        slot += count;
        if (existed) return;
        if (cause >= _sparseKeys.Length) Grow(cause + 1);
        if (++_sparseKeys[cause] > Math.Max(1024, (_horizonTicks + 1) / 16) && _horizonTicks > 0) Promote(cause);
    }

    /// <summary>Adds every count of <paramref name="other"/>.</summary>
    public void Merge(CollapseHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < other._logged; i++) Add(other._log[i], 1);
        foreach (var (key, count) in other._sparse) Add(key, count);
        for (var cause = 0; cause < other._dense.Length; cause++)
        {
            if (other._dense[cause] is not { } dense) continue;
            var causeBits = (long)cause;
            for (long tick = 0; tick < dense.Length; tick++)
            {
                if (dense[tick] != 0) Add((tick << 12) | causeBits, dense[tick]);
            }
        }
    }

    /// <summary>Empties the histogram, keeping its capacity.</summary>
    public void Clear()
    {
        _logged = 0;
        _sparse.Clear();
        Array.Clear(_sparseKeys);
        for (var cause = 0; cause < _dense.Length; cause++)
        {
            if (_dense[cause] is { } dense) Array.Clear(dense);
        }
        Array.Clear(_denseKeys);
        _denseCount = 0;
    }

    /// <inheritdoc />
    public bool ContainsKey(long key) => TryGetValue(key, out _);

    /// <inheritdoc />
    public bool TryGetValue(long key, [MaybeNullWhen(false)] out long value)
    {
        Flush();
        var tick = RegimeTally.TickOf(key);
        var cause = RegimeTally.CauseOf(key);
        if (cause < _dense.Length && _dense[cause] is { } dense && tick <= _horizonTicks)
        {
            value = dense[tick];
            return value != 0;
        }
        return _sparse.TryGetValue(key, out value);
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<long, long>> GetEnumerator()
    {
        Flush();
        var sparse = new long[_sparse.Count];
        _sparse.Keys.CopyTo(sparse, 0);
        Array.Sort(sparse);
        var next = 0;
        var denseCauses = Enumerable.Range(0, _dense.Length).Where(c => _dense[c] is not null).ToArray();
        if (denseCauses.Length > 0)
        {
            for (long tick = 0; tick <= _horizonTicks; tick++)
            {
                foreach (var cause in denseCauses)
                {
                    var count = _dense[cause]![tick];
                    if (count == 0) continue;
                    var key = (tick << 12) | (long)cause;
                    for (; next < sparse.Length && sparse[next] < key; next++) yield return new(sparse[next], _sparse[sparse[next]]);
                    yield return new(key, count);
                }
            }
        }
        for (; next < sparse.Length; next++) yield return new(sparse[next], _sparse[sparse[next]]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Grow(int causes)
    {
        Array.Resize(ref _sparseKeys, causes);
        Array.Resize(ref _denseKeys, causes);
        Array.Resize(ref _dense, causes);
    }

    // Moves a cause's counts from the dictionary to an array over the horizon's ticks.
    private void Promote(int cause)
    {
        var dense = new int[_horizonTicks + 1];
        var moved = new List<long>(_sparseKeys[cause]);
        foreach (var (key, count) in _sparse)
        {
            if (RegimeTally.CauseOf(key) != cause || RegimeTally.TickOf(key) > _horizonTicks) continue;
            dense[RegimeTally.TickOf(key)] = checked((int)count);
            moved.Add(key);
        }
        foreach (var key in moved) _sparse.Remove(key);
        _sparse.TrimExcess(); // the moved entries' room is returned
        _sparseKeys[cause] -= moved.Count;
        _denseKeys[cause] = moved.Count;
        _denseCount += moved.Count;
        _dense[cause] = dense;
    }
}
