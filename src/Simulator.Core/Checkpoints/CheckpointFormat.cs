using System.Security.Cryptography;
using System.Text;

namespace Simulator.Checkpoints;

/// <summary>
/// The binary checkpoint format, deterministic for a given checkpoint: little-endian integers,
/// UTF-8 strings with a length prefix, the collapse histogram sorted by key, Int128 as low then
/// high 64 bits. Layout:
/// <code>
/// magic "SIMCKPT\n" (8 bytes) | format version u32 | payload length i64 | payload | SHA-256 of everything before it (32 bytes)
/// </code>
/// The payload holds the <see cref="RunCheckpoint"/> fields in declaration order, then the tally.
/// Reading checks the magic, the version, the length and the checksum before it parses anything,
/// then the values' consistency; every failure is a <see cref="CheckpointException"/> with a reason.
/// </summary>
public static class CheckpointFormat
{
    /// <summary>Current format version; bumped on any change of the layout.</summary>
    public const uint Version = 4; // 2: verdict-delay histograms; 3: inspections, refusals read as confirmation, cost; 4: claims and verdicts against the second principal

    /// <summary>Largest checkpoint read (the histogram is bounded by the horizon's ticks × causes).</summary>
    public const long MaxBytes = 1L << 30;

    private static readonly byte[] Magic = "SIMCKPT\n"u8.ToArray();
    private const int HeaderBytes = 8 + 4 + 8;
    private const int ChecksumBytes = 32;
    private const int MaxString = 1 << 20;
    private const int MaxList = 1 << 16;

    /// <summary>Encodes <paramref name="checkpoint"/>.</summary>
    public static byte[] Encode(RunCheckpoint checkpoint)
    {
        using var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, new UTF8Encoding(false), leaveOpen: true))
        {
            w.Write(checkpoint.EngineVersion);
            w.Write(checkpoint.ScenarioSource);
            w.Write(checkpoint.ScenarioHash);
            w.Write(checkpoint.ScenarioTextHash);
            WriteStrings(w, checkpoint.Overrides);
            w.Write(checkpoint.Seed);
            w.Write(checkpoint.TrialsRequested);
            WriteStrings(w, checkpoint.RegimeIds);
            w.Write(checkpoint.BlockSize);
            w.Write(checkpoint.CompletedTrials);
            w.Write(checkpoint.TrialsCsv);
            w.Write(checkpoint.TrialsCsvBytes);
            w.Write(checkpoint.TrialsCsvRows);
            WriteTally(w, checkpoint.Tally);
        }

        using var file = new MemoryStream();
        file.Write(Magic);
        Span<byte> number = stackalloc byte[8];
        BitConverter.TryWriteBytes(number, Version);
        if (!BitConverter.IsLittleEndian) number[..4].Reverse();
        file.Write(number[..4]);
        BitConverter.TryWriteBytes(number, payload.Length);
        if (!BitConverter.IsLittleEndian) number.Reverse();
        file.Write(number);
        payload.Position = 0;
        payload.CopyTo(file);
        file.Write(SHA256.HashData(file.GetBuffer().AsSpan(0, (int)file.Length)));
        return file.ToArray();
    }

    /// <summary>Decodes a checkpoint; throws <see cref="CheckpointException"/> with the reason when it cannot be used.</summary>
    public static RunCheckpoint Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Magic.Length || !bytes[..Magic.Length].SequenceEqual(Magic))
        {
            throw new CheckpointException("not a checkpoint file (it does not start with the checkpoint signature)");
        }
        if (bytes.Length < HeaderBytes + ChecksumBytes)
        {
            throw new CheckpointException($"truncated: {bytes.Length} bytes, shorter than the smallest checkpoint");
        }
        var version = ReadUInt32(bytes[8..12]);
        if (version != Version)
        {
            throw new CheckpointException($"format version {version}; this program reads version {Version} (resume with the version of the program that started the run)");
        }
        var payloadLength = ReadInt64(bytes[12..20]);
        var expected = HeaderBytes + ChecksumBytes + payloadLength;
        if (payloadLength < 0 || expected != bytes.Length)
        {
            throw new CheckpointException(payloadLength >= 0 && bytes.Length < expected
                ? $"truncated: {bytes.Length} bytes of {expected}"
                : $"damaged: the header announces {payloadLength} payload bytes but the file has {bytes.Length} bytes");
        }
        var body = bytes[..^ChecksumBytes];
        Span<byte> hash = stackalloc byte[ChecksumBytes];
        SHA256.HashData(body, hash);
        if (!hash.SequenceEqual(bytes[^ChecksumBytes..]))
        {
            throw new CheckpointException("corrupted: the checksum does not match the content");
        }

        var payload = body[HeaderBytes..].ToArray();
        try
        {
            using var r = new BinaryReader(new MemoryStream(payload, writable: false), new UTF8Encoding(false, throwOnInvalidBytes: true));
            var checkpoint = new RunCheckpoint
            {
                EngineVersion = ReadString(r),
                ScenarioSource = ReadString(r),
                ScenarioHash = ReadString(r),
                ScenarioTextHash = ReadString(r),
                Overrides = ReadStrings(r),
                Seed = r.ReadUInt64(),
                TrialsRequested = r.ReadInt64(),
                RegimeIds = ReadStrings(r),
                BlockSize = r.ReadInt32(),
                CompletedTrials = r.ReadInt64(),
                TrialsCsv = r.ReadBoolean(),
                TrialsCsvBytes = r.ReadInt64(),
                TrialsCsvRows = r.ReadInt64(),
                Tally = ReadTally(r),
            };
            if (r.BaseStream.Position != r.BaseStream.Length)
            {
                throw new CheckpointException("malformed: unexpected bytes after the tally");
            }
            CheckConsistency(checkpoint);
            return checkpoint;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or DecoderFallbackException or ArgumentException or OverflowException)
        {
            throw new CheckpointException($"malformed: {e.Message}");
        }
    }

    private static void CheckConsistency(RunCheckpoint c)
    {
        void Require(bool ok, string what)
        {
            if (!ok) throw new CheckpointException("inconsistent: " + what);
        }

        Require(c.TrialsRequested >= 1, $"trials requested is {c.TrialsRequested}");
        Require(c.CompletedTrials >= 0 && c.CompletedTrials <= c.TrialsRequested,
            $"{c.CompletedTrials} trials completed of {c.TrialsRequested} requested");
        Require(c.BlockSize >= 1, $"block size {c.BlockSize}");
        Require(c.RegimeIds.Length >= 1 && c.RegimeIds.Length == c.Tally.Regimes.Length,
            $"{c.RegimeIds.Length} regime ids for {c.Tally.Regimes.Length} regime tallies");
        Require(c.Tally.BaselinePosition >= 0 && c.Tally.BaselinePosition < c.Tally.Regimes.Length,
            $"baseline position {c.Tally.BaselinePosition}");
        Require(c.TrialsCsvBytes >= 0 && c.TrialsCsvRows >= 0, "negative trials.csv length");
        Require(c.TrialsCsv || (c.TrialsCsvBytes == 0 && c.TrialsCsvRows == 0), "a trials.csv length without trials.csv");
        Require(!c.TrialsCsv || c.TrialsCsvRows == c.CompletedTrials * c.RegimeIds.Length,
            $"{c.TrialsCsvRows} trials.csv rows for {c.CompletedTrials} trials × {c.RegimeIds.Length} regimes");
        for (var i = 0; i < c.Tally.Regimes.Length; i++)
        {
            var regime = c.Tally.Regimes[i];
            Require(regime.Trials == c.CompletedTrials, $"regime {i} holds {regime.Trials} trials, not {c.CompletedTrials}");
            Require(c.Tally.Paired[i].Pairs == c.CompletedTrials, $"paired tally {i} holds {c.Tally.Paired[i].Pairs} pairs, not {c.CompletedTrials}");
            Require(regime.Collapsed >= 0 && regime.Collapsed <= regime.Trials, $"regime {i} has {regime.Collapsed} collapses");
            Require(regime.Events.Sum(e => e.Value) == regime.Collapsed, $"regime {i}'s collapse histogram does not add up to its collapses");
            Require(c.Tally.Paired[i].Cells.Length == c.Tally.DayTicks.Length * 4, $"paired tally {i} has {c.Tally.Paired[i].Cells.Length} cells");
        }
    }

    private static void WriteTally(BinaryWriter w, TallyRecord t)
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
            w.Write(r.Events.Length);
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

    private static TallyRecord ReadTally(BinaryReader r)
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

    private static void WriteStrings(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write(values.Count);
        foreach (var v in values) w.Write(v);
    }

    private static string[] ReadStrings(BinaryReader r)
    {
        var values = new string[ReadCount(r, MaxList, "strings")];
        for (var i = 0; i < values.Length; i++) values[i] = ReadString(r);
        return values;
    }

    private static string ReadString(BinaryReader r)
    {
        var s = r.ReadString();
        if (s.Length > MaxString) throw new CheckpointException("malformed: a text field is too long");
        return s;
    }

    private static int ReadCount(BinaryReader r, int max, string what)
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

    private static uint ReadUInt32(ReadOnlySpan<byte> b) => System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(b);

    private static long ReadInt64(ReadOnlySpan<byte> b) => System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(b);
}
