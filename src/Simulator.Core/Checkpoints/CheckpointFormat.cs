using System.Text;

namespace Simulator.Checkpoints;

/// <summary>
/// The binary checkpoint format, deterministic for a given checkpoint: the <see cref="FileEnvelope"/>
/// frame with magic "SIMCKPT\n", values encoded by <see cref="TallyCodec"/>.
/// The payload holds the <see cref="RunCheckpoint"/> fields in declaration order, then the tally.
/// Reading checks the magic, the version, the length and the checksum before it parses anything,
/// then the values' consistency; every failure is a <see cref="CheckpointException"/> with a reason.
/// </summary>
public static class CheckpointFormat
{
    /// <summary>Current format version; bumped on any change of the layout.</summary>
    public const uint Version = 5; // 2: verdict-delay histograms; 3: inspections, refusals read as confirmation, cost; 4: claims and verdicts against the second principal; 5: SHA-256 of the trials.csv prefix

    /// <summary>Largest checkpoint read (the histogram is bounded by the horizon's ticks × causes).</summary>
    public const long MaxBytes = 1L << 30;

    private static readonly byte[] Magic = "SIMCKPT\n"u8.ToArray();

    /// <summary>Encodes <paramref name="checkpoint"/>.</summary>
    public static byte[] Encode(RunCheckpoint checkpoint)
    {
        using var file = new MemoryStream();
        EncodeTo(file, checkpoint);
        return file.ToArray();
    }

    /// <summary>
    /// Writes the encoding of <paramref name="checkpoint"/> to <paramref name="output"/> without
    /// holding it in memory (a histogram can have a million keys): see <see cref="FileEnvelope.SealTo"/>.
    /// </summary>
    public static void EncodeTo(Stream output, RunCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(checkpoint);
        FileEnvelope.SealTo(output, Magic, Version, payload => WritePayload(payload, checkpoint));
    }

    private static void WritePayload(Stream stream, RunCheckpoint checkpoint)
    {
        // Buffered so the hash sees large pieces; neither the buffer nor the writer closes the stream.
        var buffered = new BufferedStream(stream, 1 << 16);
        using (var w = new BinaryWriter(buffered, TallyCodec.Writing, leaveOpen: true))
        {
            w.Write(checkpoint.EngineVersion);
            w.Write(checkpoint.ScenarioSource);
            w.Write(checkpoint.ScenarioHash);
            w.Write(checkpoint.ScenarioTextHash);
            TallyCodec.WriteStrings(w, checkpoint.Overrides);
            w.Write(checkpoint.Seed);
            w.Write(checkpoint.TrialsRequested);
            TallyCodec.WriteStrings(w, checkpoint.RegimeIds);
            w.Write(checkpoint.BlockSize);
            w.Write(checkpoint.CompletedTrials);
            w.Write(checkpoint.TrialsCsv);
            w.Write(checkpoint.TrialsCsvBytes);
            w.Write(checkpoint.TrialsCsvRows);
            w.Write(checkpoint.TrialsCsvSha256);
            TallyCodec.WriteTally(w, checkpoint.Tally);
        }
        buffered.Flush();
    }

    /// <summary>Decodes a checkpoint; throws <see cref="CheckpointException"/> with the reason when it cannot be used.</summary>
    public static RunCheckpoint Decode(ReadOnlySpan<byte> bytes) => Decode(bytes.ToArray());

    /// <summary>Decodes a file already read into an array (its payload is read in place, not copied).</summary>
    public static RunCheckpoint Decode(byte[] bytes)
    {
        var payload = FileEnvelope.Open(bytes, Magic, Version, "checkpoint", "resume with the version of the program that started the run");
        try
        {
            using var r = new BinaryReader(new MemoryStream(payload.Array!, payload.Offset, payload.Count, writable: false), TallyCodec.Reading);
            var checkpoint = new RunCheckpoint
            {
                EngineVersion = TallyCodec.ReadString(r),
                ScenarioSource = TallyCodec.ReadString(r),
                ScenarioHash = TallyCodec.ReadString(r),
                ScenarioTextHash = TallyCodec.ReadString(r),
                Overrides = TallyCodec.ReadStrings(r),
                Seed = r.ReadUInt64(),
                TrialsRequested = r.ReadInt64(),
                RegimeIds = TallyCodec.ReadStrings(r),
                BlockSize = r.ReadInt32(),
                CompletedTrials = r.ReadInt64(),
                TrialsCsv = r.ReadBoolean(),
                TrialsCsvBytes = r.ReadInt64(),
                TrialsCsvRows = r.ReadInt64(),
                TrialsCsvSha256 = TallyCodec.ReadString(r),
                Tally = TallyCodec.ReadTally(r),
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
        Require(c.TrialsCsvBytes >= 0 && c.TrialsCsvRows >= 0, "negative trials.csv length");
        Require(c.TrialsCsv || (c.TrialsCsvBytes == 0 && c.TrialsCsvRows == 0 && c.TrialsCsvSha256.Length == 0), "a trials.csv length without trials.csv");
        Require(!c.TrialsCsv || (c.TrialsCsvSha256.Length == 64 && c.TrialsCsvSha256.All(char.IsAsciiHexDigitLower)), "the trials.csv hash is not a SHA-256");
        Require(!c.TrialsCsv || c.TrialsCsvRows == c.CompletedTrials * c.RegimeIds.Length,
            $"{c.TrialsCsvRows} trials.csv rows for {c.CompletedTrials} trials × {c.RegimeIds.Length} regimes");
        TallyCodec.CheckTally(c.Tally, c.CompletedTrials);
    }
}
