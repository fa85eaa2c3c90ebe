using System.Text;

namespace Simulator.Checkpoints;

/// <summary>
/// The binary shard file format, deterministic for a given record: the <see cref="FileEnvelope"/>
/// frame with magic "SIMSHRD\n", then the <see cref="ShardRecord"/> fields in declaration order
/// (each part: point, first trial, trials, tally), encoded by <see cref="TallyCodec"/>. Reading
/// checks the frame, then that the share and its tallies agree; every failure is a
/// <see cref="CheckpointException"/> with a reason.
/// </summary>
public static class ShardFormat
{
    /// <summary>Current format version; bumped on any change of the layout.</summary>
    public const uint Version = 1;

    /// <summary>Largest shard file read (a checkpoint's bound per point touched).</summary>
    public const long MaxBytes = 1L << 30;

    /// <summary>The commands whose work can be split into shards.</summary>
    public static readonly IReadOnlyList<string> Commands = ["run", "sweep", "sample", "sensitivity"];

    private static readonly byte[] Magic = "SIMSHRD\n"u8.ToArray();

    /// <summary>Encodes <paramref name="shard"/>.</summary>
    public static byte[] Encode(ShardRecord shard)
    {
        ArgumentNullException.ThrowIfNull(shard);
        using var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, TallyCodec.Writing, leaveOpen: true))
        {
            w.Write(shard.Command);
            w.Write(shard.EngineVersion);
            w.Write(shard.ScenarioSource);
            w.Write(shard.ScenarioText);
            w.Write(shard.ScenarioHash);
            TallyCodec.WriteStrings(w, shard.Overrides);
            TallyCodec.WriteStrings(w, shard.RegimeIds);
            w.Write(shard.StudyOptions.Length);
            foreach (var (name, value) in shard.StudyOptions)
            {
                w.Write(name);
                w.Write(value);
            }
            w.Write(shard.Seed);
            w.Write(shard.Trials);
            w.Write(shard.DesignHash);
            w.Write(shard.Points);
            w.Write(shard.TotalTrials);
            w.Write(shard.ShardIndex);
            w.Write(shard.ShardCount);
            w.Write(shard.RangeStart);
            w.Write(shard.RangeLength);
            w.Write(shard.TrialsCsv);
            w.Write(shard.TrialsCsvBytes);
            w.Write(shard.TrialsCsvHash);
            w.Write(shard.EventsProcessed);
            w.Write(shard.Parts.Length);
            foreach (var part in shard.Parts)
            {
                w.Write(part.Point);
                w.Write(part.FirstTrial);
                w.Write(part.Trials);
                TallyCodec.WriteTally(w, part.Tally);
            }
        }
        return FileEnvelope.Seal(Magic, Version, payload.GetBuffer().AsSpan(0, (int)payload.Length));
    }

    /// <summary>Decodes a shard file; throws <see cref="CheckpointException"/> with the reason when it cannot be used.</summary>
    public static ShardRecord Decode(ReadOnlySpan<byte> bytes) => Decode(bytes.ToArray());

    /// <summary>Decodes a file already read into an array (its payload is read in place, not copied).</summary>
    public static ShardRecord Decode(byte[] bytes)
    {
        var payload = FileEnvelope.Open(bytes, Magic, Version, "shard", "merge with the version of the program that ran the shards");
        try
        {
            using var r = new BinaryReader(new MemoryStream(payload.Array!, payload.Offset, payload.Count, writable: false), TallyCodec.Reading);
            var shard = new ShardRecord
            {
                Command = TallyCodec.ReadString(r),
                EngineVersion = TallyCodec.ReadString(r),
                ScenarioSource = TallyCodec.ReadString(r),
                ScenarioText = TallyCodec.ReadString(r),
                ScenarioHash = TallyCodec.ReadString(r),
                Overrides = TallyCodec.ReadStrings(r),
                RegimeIds = TallyCodec.ReadStrings(r),
                StudyOptions = ReadOptions(r),
                Seed = r.ReadUInt64(),
                Trials = r.ReadInt64(),
                DesignHash = TallyCodec.ReadString(r),
                Points = r.ReadInt32(),
                TotalTrials = r.ReadInt64(),
                ShardIndex = r.ReadInt32(),
                ShardCount = r.ReadInt32(),
                RangeStart = r.ReadInt64(),
                RangeLength = r.ReadInt64(),
                TrialsCsv = r.ReadBoolean(),
                TrialsCsvBytes = r.ReadInt64(),
                TrialsCsvHash = TallyCodec.ReadString(r),
                EventsProcessed = r.ReadInt64(),
                Parts = ReadParts(r),
            };
            if (r.BaseStream.Position != r.BaseStream.Length)
            {
                throw new CheckpointException("malformed: unexpected bytes after the tallies");
            }
            CheckConsistency(shard);
            return shard;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or DecoderFallbackException or ArgumentException or OverflowException)
        {
            throw new CheckpointException($"malformed: {e.Message}");
        }
    }

    private static KeyValuePair<string, string>[] ReadOptions(BinaryReader r)
    {
        var options = new KeyValuePair<string, string>[TallyCodec.ReadCount(r, TallyCodec.MaxList, "study options")];
        for (var i = 0; i < options.Length; i++) options[i] = new(TallyCodec.ReadString(r), TallyCodec.ReadString(r));
        return options;
    }

    private static ShardPart[] ReadParts(BinaryReader r)
    {
        var parts = new ShardPart[TallyCodec.ReadCount(r, TallyCodec.MaxList, "parts")];
        for (var i = 0; i < parts.Length; i++) parts[i] = new ShardPart(r.ReadInt32(), r.ReadInt64(), r.ReadInt64(), TallyCodec.ReadTally(r));
        return parts;
    }

    private static void CheckConsistency(ShardRecord s)
    {
        static void Require(bool ok, string what)
        {
            if (!ok) throw new CheckpointException("inconsistent: " + what);
        }

        Require(Commands.Contains(s.Command), $"command '{s.Command}'");
        Require(s.ShardCount >= 1 && s.ShardIndex >= 0 && s.ShardIndex < s.ShardCount && s.ShardCount <= s.TotalTrials, $"shard {s.Label} of {s.TotalTrials} trials");
        Require(s.Points >= 1 && s.Trials >= 1 && s.TotalTrials >= s.Points, $"{s.TotalTrials} trials over {s.Points} points");
        Require(s.RangeStart >= 0 && s.RangeLength >= 1 && s.RangeLength <= s.TotalTrials - s.RangeStart,
            $"trials [{s.RangeStart}, {s.RangeEnd}) of {s.TotalTrials}");
        Require(s.RegimeIds.Length >= 1, "no regimes");
        Require(s.Command == "run" ? s.Points == 1 && s.StudyOptions.Length == 0 : !s.TrialsCsv, "a study's shard with trials.csv, or a run's with points");
        Require(s.TrialsCsv ? s.TrialsCsvBytes > 0 && s.TrialsCsvHash.Length == 64 : s.TrialsCsvBytes == 0 && s.TrialsCsvHash.Length == 0,
            "a trials.csv length or hash without trials.csv");
        Require(s.Parts.Length >= 1 && s.Parts.Sum(p => p.Trials) == s.RangeLength, "the parts do not add up to the shard's trials");
        for (var i = 0; i < s.Parts.Length; i++)
        {
            var part = s.Parts[i];
            Require(part.Point >= 0 && part.Point < s.Points && (i == 0 || part.Point > s.Parts[i - 1].Point), $"part {i} is of point {part.Point}");
            Require(part.FirstTrial >= 0 && part.Trials >= 1, $"part {i} covers {part.Trials} trials from {part.FirstTrial}");
            Require(part.Tally.Regimes.Length == s.RegimeIds.Length, $"part {i} holds {part.Tally.Regimes.Length} regime tallies for {s.RegimeIds.Length} regimes");
            TallyCodec.CheckTally(part.Tally, part.Trials);
        }
    }
}
