using System.Reflection;
using Simulator.Checkpoints;
using Simulator.Engine.Tallies;
using Simulator.Tests.Engine;

namespace Simulator.Tests.Checkpoints;

/// <summary>The checkpoint format keeps a tally exactly and rejects damaged files with a reason, never a crash.</summary>
public class CheckpointFormatTests
{
    private static readonly Lazy<(RunTally Tally, long Trials)> Sample = new(() =>
    {
        var result = EngineRuns.Run(TestScenarios.Rich(), 3000, threads: 2, blockSize: 256);
        return (result.Tally, result.CompletedTrials);
    });

    private static RunCheckpoint Checkpoint(RunTally tally, long completed, long requested = 5000) => new()
    {
        EngineVersion = "test-engine 1",
        ScenarioSource = "rich.yaml — ünïcode",
        ScenarioHash = new string('a', 64),
        ScenarioTextHash = new string('b', 64),
        Overrides = ["run.trials=5000", "regimes.monitors.sensitivity=0.6"],
        Seed = ulong.MaxValue,
        TrialsRequested = requested,
        RegimeIds = TestScenarios.Rich().Regimes.Select(r => r.Id).ToArray(),
        BlockSize = 256,
        CompletedTrials = completed,
        TrialsCsv = true,
        TrialsCsvBytes = 123_456,
        TrialsCsvRows = completed * tally.Regimes.Length,
        TrialsCsvSha256 = new string('a', 64),
        Tally = TallyRecord.From(tally),
    };

    [Fact]
    public void EncodeDecode_RealRun_GivesBackEveryFieldAndAnEqualTally()
    {
        var (tally, trials) = Sample.Value;
        var original = Checkpoint(tally, trials);

        var decoded = CheckpointFormat.Decode(CheckpointFormat.Encode(original));

        Assert.Equal(original.EngineVersion, decoded.EngineVersion);
        Assert.Equal(original.ScenarioSource, decoded.ScenarioSource);
        Assert.Equal(original.ScenarioHash, decoded.ScenarioHash);
        Assert.Equal(original.ScenarioTextHash, decoded.ScenarioTextHash);
        Assert.Equal(original.Overrides, decoded.Overrides);
        Assert.Equal(original.Seed, decoded.Seed);
        Assert.Equal(original.TrialsRequested, decoded.TrialsRequested);
        Assert.Equal(original.RegimeIds, decoded.RegimeIds);
        Assert.Equal(original.BlockSize, decoded.BlockSize);
        Assert.Equal(original.CompletedTrials, decoded.CompletedTrials);
        Assert.Equal(original.TrialsCsv, decoded.TrialsCsv);
        Assert.Equal(original.TrialsCsvBytes, decoded.TrialsCsvBytes);
        Assert.Equal(original.TrialsCsvRows, decoded.TrialsCsvRows);
        Assert.True(tally.Regimes.Any(r => r.EventsByTickAndCause.Count > 10), "the sample should have a real histogram");
        TallyAssert.Equal(tally, decoded.Tally.ToTally(TestScenarios.Rich()));
    }

    [Fact]
    public void Encode_IsDeterministic_AndDoesNotDependOnHistogramInsertionOrder()
    {
        var (tally, trials) = Sample.Value;
        var copy = TallyRecord.From(tally).ToTally(TestScenarios.Rich()); // histogram rebuilt in key order

        var first = CheckpointFormat.Encode(Checkpoint(tally, trials));
        var second = CheckpointFormat.Encode(Checkpoint(copy, trials));

        Assert.Equal(first, second);
    }

    [Fact]
    public void EncodeDecode_Int128SumsBeyondTheRangeOfLong_AreExact()
    {
        var scenario = TestScenarios.Rich();
        var tally = new RunTally(scenario, scenario.Regimes.Count, 0);
        var huge = (Int128)long.MaxValue * 1_000_003 + 17;
        var negative = -(Int128)long.MaxValue * 999 - 5;
        for (var r = 0; r < tally.Regimes.Length; r++)
        {
            tally.Regimes[r].Restore(2, 1, huge, huge * 3, [new KeyValuePair<long, long>((5L << 12) | 3, 1)]);
            tally.Paired[r].Restore(2, negative, huge, Enumerable.Repeat(1L, tally.Paired[r].DayTicks.Count * 4).ToArray());
        }

        var decoded = CheckpointFormat.Decode(CheckpointFormat.Encode(Checkpoint(tally, 2))).Tally.ToTally(scenario);

        TallyAssert.Equal(tally, decoded);
        Assert.Equal(huge * 3, decoded.Regimes[1].DurationTicksSquaresSum);
        Assert.Equal(negative, decoded.Paired[1].DifferenceSum);
    }

    [Fact]
    public void OutcomeTotalsFields_ListsEveryPublicField()
    {
        var fields = typeof(OutcomeTotals).GetFields(BindingFlags.Public | BindingFlags.Instance);
        var totals = new OutcomeTotals();
        // Int128 fields (the exact cost sum) take two slots of the format, low then high.
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i].SetValue(totals, fields[i].FieldType == typeof(Int128) ? (object)((Int128)(1000L + i) + ((Int128)7 << 64)) : 1000L + i);
        }

        var restored = new OutcomeTotals();
        OutcomeTotalsFields.FromArray(OutcomeTotalsFields.ToArray(totals), restored);

        Assert.Equal(OutcomeTotalsFields.Count, fields.Length + fields.Count(f => f.FieldType == typeof(Int128)));
        Assert.All(fields, f => Assert.Equal(f.GetValue(totals), f.GetValue(restored)));
        Assert.Equal(OutcomeTotalsFields.Count, OutcomeTotalsFields.ToArray(totals).Distinct().Count());
    }

    [Fact]
    public void Decode_EveryTruncation_IsRejectedWithAReason()
    {
        var bytes = CheckpointFormat.Encode(Checkpoint(Sample.Value.Tally, Sample.Value.Trials));
        var lengths = Enumerable.Range(0, 64).Concat(Enumerable.Range(0, bytes.Length / 97).Select(i => i * 97)).Append(bytes.Length - 1);

        foreach (var length in lengths.Distinct())
        {
            var e = Assert.Throws<CheckpointException>(() => CheckpointFormat.Decode(bytes.AsSpan(0, length)));
            Assert.Matches("^(not a checkpoint file|truncated|damaged)", e.Message);
        }
    }

    [Fact]
    public void Decode_AnyFlippedByte_IsRejectedWithAReason()
    {
        var bytes = CheckpointFormat.Encode(Checkpoint(Sample.Value.Tally, Sample.Value.Trials));
        var random = new Random(5);

        for (var i = 0; i < 400; i++)
        {
            var damaged = bytes.ToArray();
            var position = i < 40 ? i : random.Next(damaged.Length);
            damaged[position] ^= (byte)(1 << random.Next(8));

            var e = Assert.Throws<CheckpointException>(() => CheckpointFormat.Decode(damaged));
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
        }
    }

    [Fact]
    public void Decode_CorruptedContent_NamesTheChecksum()
    {
        var bytes = CheckpointFormat.Encode(Checkpoint(Sample.Value.Tally, Sample.Value.Trials));
        bytes[bytes.Length / 2] ^= 0x40;

        var e = Assert.Throws<CheckpointException>(() => CheckpointFormat.Decode(bytes));

        Assert.Equal("corrupted: the checksum does not match the content", e.Message);
    }

    [Fact]
    public void Decode_AnotherFormatVersion_SaysWhichVersions()
    {
        var bytes = CheckpointFormat.Encode(Checkpoint(Sample.Value.Tally, Sample.Value.Trials));
        bytes[8] = 9;

        var e = Assert.Throws<CheckpointException>(() => CheckpointFormat.Decode(bytes));

        Assert.StartsWith($"format version 9; this program reads version {CheckpointFormat.Version}", e.Message);
    }

    [Fact]
    public void Decode_ValidChecksumButInconsistentCounts_IsRejected()
    {
        var (tally, trials) = Sample.Value;
        var lying = Checkpoint(tally, trials) with { CompletedTrials = trials + 1, TrialsCsvRows = (trials + 1) * tally.Regimes.Length };

        var e = Assert.Throws<CheckpointException>(() => CheckpointFormat.Decode(CheckpointFormat.Encode(lying)));

        Assert.Equal($"inconsistent: regime 0 holds {trials} trials, not {trials + 1}", e.Message);
    }

    [Fact]
    public void Read_MissingAndGarbageFiles_AreCheckpointExceptionsNamingTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("ckpt-").FullName;
        try
        {
            var path = CheckpointFile.PathIn(folder);
            var missing = Assert.Throws<CheckpointException>(() => CheckpointFile.Read(path));
            Assert.StartsWith($"{path}: no checkpoint", missing.Message);

            File.WriteAllText(path, "hello");
            var garbage = Assert.Throws<CheckpointException>(() => CheckpointFile.Read(path));
            Assert.Equal($"{path}: not a checkpoint file (it does not start with the checkpoint signature)", garbage.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Write_ThenRead_RoundTripsAndLeavesNoTemporaryFile()
    {
        var folder = Directory.CreateTempSubdirectory("ckpt-").FullName;
        try
        {
            var (tally, trials) = Sample.Value;
            CheckpointFile.Write(CheckpointFile.PathIn(folder), Checkpoint(tally, trials));

            var read = CheckpointFile.Read(CheckpointFile.PathIn(folder));

            TallyAssert.Equal(tally, read.Tally.ToTally(TestScenarios.Rich()));
            Assert.Equal([CheckpointFile.Name], Directory.GetFiles(folder).Select(Path.GetFileName));
            CheckpointFile.Remove(folder);
            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ToTally_ScenarioWithOtherReportDays_IsRejected()
    {
        var record = TallyRecord.From(Sample.Value.Tally);
        var other = TestScenarios.Rich() with { ReportDays = [10] };

        var e = Assert.Throws<CheckpointException>(() => record.ToTally(other));

        Assert.Equal("the checkpoint's report days or horizon differ from the scenario's", e.Message);
    }
}
