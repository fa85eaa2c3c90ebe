using System.Text;

namespace Simulator.Checkpoints;

/// <summary>
/// Binary encoding of the values saved tally files hold (checkpoints and shard files):
/// little-endian integers, UTF-8 strings with a length prefix, lists with a count, the collapse
/// histogram sorted by key, Int128 as low then high 64 bits. Reading bounds every count and length,
/// so a damaged file fails with a <see cref="CheckpointException"/> instead of a huge allocation.
/// </summary>
internal static class TallyCodec
{
    /// <summary>Longest text field read.</summary>
    public const int MaxString = 1 << 20;

    /// <summary>Most entries of a list of strings, days or regimes.</summary>
    public const int MaxList = 1 << 16;

    /// <summary>The encoding strings are written in.</summary>
    public static readonly UTF8Encoding Writing = new(false);

    /// <summary>The encoding strings are read in: invalid bytes fail.</summary>
    public static readonly UTF8Encoding Reading = new(false, throwOnInvalidBytes: true);

    public static void WriteTally(BinaryWriter w, TallyRecord t)
    {
        w.Write(t.BaselinePosition);
        w.Write(t.DayTicks.Length);
        foreach (var tick in t.DayTicks) w.Write(tick);
        w.Write(t.Regimes.Length);
        foreach (var r in t.Regimes)
        {
            w.Write(r.Trials);
            w.Write(r.Collapsed);
            WriteInt128(w, r.DurationTicksSum);
            WriteInt128(w, r.DurationTicksSquaresSum);
            w.Write(r.Totals.Length);
            foreach (var v in r.Totals) w.Write(v);
            w.Write(r.Events.Count);
            foreach (var (key, count) in r.Events)
            {
                w.Write(key);
                w.Write(count);
            }
            w.Write(r.VerdictDelays.MinTicks);
            w.Write(r.VerdictDelays.MaxTicks);
            w.Write(r.VerdictDelays.Bins.Length);
            foreach (var (bin, count) in r.VerdictDelays.Bins)
            {
                w.Write(bin);
                w.Write(count);
            }
        }
        foreach (var p in t.Paired)
        {
            w.Write(p.Pairs);
            WriteInt128(w, p.DifferenceSum);
            WriteInt128(w, p.DifferenceSquaresSum);
            foreach (var v in p.Cells) w.Write(v);
        }
    }

    private static VerdictDelayRecord ReadVerdictDelays(BinaryReader r, long remaining)
    {
        var min = r.ReadInt64();
        var max = r.ReadInt64();
        // Each bin entry takes 12 bytes: a count beyond what is left cannot be genuine.
        var bins = new KeyValuePair<int, long>[ReadCount(r, (int)Math.Min(int.MaxValue, remaining / 12), "verdict-delay bins")];
        var previous = -1;
        for (var k = 0; k < bins.Length; k++)
        {
            var bin = r.ReadInt32();
            var count = r.ReadInt64();
            if (bin <= previous) throw new CheckpointException("malformed: the verdict-delay bins are not in increasing order");
            if (count <= 0) throw new CheckpointException("malformed: a verdict-delay bin has a count below 1");
            if (min < 0 || max < min) throw new CheckpointException("malformed: the verdict-delay extremes are out of order");
            previous = bin;
            bins[k] = new KeyValuePair<int, long>(bin, count);
        }
        return new VerdictDelayRecord(min, max, bins);
    }

    public static TallyRecord ReadTally(BinaryReader r)
    {
        var baseline = r.ReadInt32();
        var days = ReadCount(r, MaxList, "report days");
        var dayTicks = new long[days];
        for (var d = 0; d < days; d++) dayTicks[d] = r.ReadInt64();
        var regimeCount = ReadCount(r, MaxList, "regimes");
        var regimes = new RegimeRecord[regimeCount];
        var remaining = r.BaseStream.Length;
        for (var i = 0; i < regimeCount; i++)
        {
            var trials = r.ReadInt64();
            var collapsed = r.ReadInt64();
            var sum = ReadInt128(r);
            var squares = ReadInt128(r);
            var totals = new long[ReadCount(r, OutcomeTotalsFields.Count, "outcome totals")];
            for (var k = 0; k < totals.Length; k++) totals[k] = r.ReadInt64();
            // Each histogram entry takes 16 bytes: a count beyond what is left cannot be genuine.
            var events = new KeyValuePair<long, long>[ReadCount(r, (int)Math.Min(int.MaxValue, remaining / 16), "collapse histogram entries")];
            long previous = long.MinValue;
            for (var k = 0; k < events.Length; k++)
            {
                var key = r.ReadInt64();
                var count = r.ReadInt64();
                if (k > 0 && key <= previous) throw new CheckpointException("malformed: the collapse histogram is not sorted by key");
                if (count <= 0) throw new CheckpointException("malformed: a collapse histogram entry has a count below 1");
                previous = key;
                events[k] = new KeyValuePair<long, long>(key, count);
            }
            regimes[i] = new RegimeRecord(trials, collapsed, sum, squares, totals, events, ReadVerdictDelays(r, remaining));
        }
        var paired = new PairedRecord[regimeCount];
        for (var i = 0; i < regimeCount; i++)
        {
            var pairs = r.ReadInt64();
            var sum = ReadInt128(r);
            var squares = ReadInt128(r);
            var cells = new long[days * 4];
            for (var k = 0; k < cells.Length; k++) cells[k] = r.ReadInt64();
            paired[i] = new PairedRecord(pairs, sum, squares, cells);
        }
        return new TallyRecord { BaselinePosition = baseline, DayTicks = dayTicks, Regimes = regimes, Paired = paired };
    }

    /// <summary>
    /// Checks that <paramref name="t"/> is a consistent tally of exactly <paramref name="trials"/>
    /// trials per regime; throws <see cref="CheckpointException"/> ("inconsistent: …") otherwise.
    /// </summary>
    public static void CheckTally(TallyRecord t, long trials)
    {
        static void Require(bool ok, string what)
        {
            if (!ok) throw new CheckpointException("inconsistent: " + what);
        }

        Require(t.Regimes.Length == t.Paired.Length, $"{t.Regimes.Length} regime tallies but {t.Paired.Length} paired tallies");
        Require(t.BaselinePosition >= 0 && t.BaselinePosition < t.Regimes.Length, $"baseline position {t.BaselinePosition}");
        for (var i = 0; i < t.Regimes.Length; i++)
        {
            var regime = t.Regimes[i];
            Require(regime.Trials == trials, $"regime {i} holds {regime.Trials} trials, not {trials}");
            Require(t.Paired[i].Pairs == trials, $"paired tally {i} holds {t.Paired[i].Pairs} pairs, not {trials}");
            Require(regime.Collapsed >= 0 && regime.Collapsed <= regime.Trials, $"regime {i} has {regime.Collapsed} collapses");
            Require(regime.Events.Sum(e => e.Value) == regime.Collapsed, $"regime {i}'s collapse histogram does not add up to its collapses");
            Require(t.Paired[i].Cells.Length == t.DayTicks.Length * 4, $"paired tally {i} has {t.Paired[i].Cells.Length} cells");
        }
    }

    public static void WriteStrings(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write(values.Count);
        foreach (var v in values) w.Write(v);
    }

    public static string[] ReadStrings(BinaryReader r)
    {
        var values = new string[ReadCount(r, MaxList, "strings")];
        for (var i = 0; i < values.Length; i++) values[i] = ReadString(r);
        return values;
    }

    public static string ReadString(BinaryReader r)
    {
        var s = r.ReadString();
        if (s.Length > MaxString) throw new CheckpointException("malformed: a text field is too long");
        return s;
    }

    public static int ReadCount(BinaryReader r, int max, string what)
    {
        var n = r.ReadInt32();
        if (n < 0 || n > max) throw new CheckpointException($"malformed: {n} {what}");
        return n;
    }

    private static void WriteInt128(BinaryWriter w, Int128 value)
    {
        w.Write((ulong)(value & ulong.MaxValue));
        w.Write((ulong)(value >> 64));
    }

    private static Int128 ReadInt128(BinaryReader r)
    {
        var lower = r.ReadUInt64();
        var upper = r.ReadUInt64();
        return new Int128(upper, lower);
    }
}
