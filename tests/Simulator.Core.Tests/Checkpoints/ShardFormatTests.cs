using Simulator.Checkpoints;
using Simulator.Tests.Support;

namespace Simulator.Tests.Checkpoints;

public sealed class ShardFormatTests : IDisposable
{
    private readonly ShardWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    private ShardRecord Shard()
    {
        _work.Run("shard", 300, "1/3");
        return ShardFile.Read(_work.Of("shard/shard.bin"));
    }

    [Fact]
    public void EncodeDecode_KeepsEveryFieldAndTheSameBytes()
    {
        var shard = Shard();
        var bytes = ShardFormat.Encode(shard);

        var decoded = ShardFormat.Decode(bytes);

        Assert.Equal(bytes, ShardFormat.Encode(decoded));
        Assert.Equal(("run", 1, 3, 100L, 100L, 300L), (decoded.Command, decoded.ShardIndex, decoded.ShardCount, decoded.RangeStart, decoded.RangeLength, decoded.TotalTrials));
        Assert.True(decoded.TrialsCsv);
        Assert.Equal(64, decoded.TrialsCsvHash.Length);
        Assert.Equal(new FileInfo(_work.Of("shard/trials.csv")).Length, decoded.TrialsCsvBytes);
        Assert.Equal(shard.ScenarioText, decoded.ScenarioText);
        Assert.Equal(100, Assert.Single(decoded.Parts).Tally.Regimes[0].Trials);
    }

    [Fact]
    public void Decode_AFlippedByte_IsCorrupted()
    {
        var bytes = ShardFormat.Encode(Shard());
        bytes[bytes.Length / 2] ^= 1;

        Assert.Equal("corrupted: the checksum does not match the content", Assert.Throws<CheckpointException>(() => ShardFormat.Decode(bytes)).Message);
    }

    [Fact]
    public void Decode_ACheckpoint_IsNotAShardFile()
    {
        var checkpoint = File.ReadAllBytes(RepoCheckpoint());

        Assert.Equal("not a shard file (it does not start with the shard signature)", Assert.Throws<CheckpointException>(() => ShardFormat.Decode(checkpoint)).Message);
    }

    [Fact]
    public void Decode_PartsThatDoNotAddUpToTheShare_AreInconsistent()
    {
        var shard = Shard();
        var bytes = ShardFormat.Encode(shard with { RangeLength = 99 });

        Assert.Equal("inconsistent: the parts do not add up to the shard's trials", Assert.Throws<CheckpointException>(() => ShardFormat.Decode(bytes)).Message);
    }

    [Fact]
    public void Decode_IndexOutsideTheCount_IsInconsistent()
    {
        var bytes = ShardFormat.Encode(Shard() with { ShardIndex = 3 });

        Assert.StartsWith("inconsistent: shard 3/3", Assert.Throws<CheckpointException>(() => ShardFormat.Decode(bytes)).Message);
    }

    [Fact]
    public void Read_ATruncatedFile_SaysSoNamingIt()
    {
        var path = _work.Of("shard/shard.bin");
        Shard();
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^10]);

        var e = Assert.Throws<CheckpointException>(() => ShardFile.Read(path));

        Assert.StartsWith($"{path}: truncated", e.Message);
    }

    // A checkpoint of an unfinished run: a run folder's checkpoint.bin written before any trial ran.
    private string RepoCheckpoint()
    {
        var path = _work.Of("checkpoint.bin");
        var shard = Shard();
        CheckpointFile.Write(path, new RunCheckpoint
        {
            EngineVersion = shard.EngineVersion,
            ScenarioSource = shard.ScenarioSource,
            ScenarioHash = shard.ScenarioHash,
            ScenarioTextHash = shard.ScenarioHash,
            Overrides = shard.Overrides,
            Seed = shard.Seed,
            TrialsRequested = 300,
            RegimeIds = shard.RegimeIds,
            BlockSize = 64,
            CompletedTrials = 100,
            TrialsCsv = false,
            TrialsCsvBytes = 0,
            TrialsCsvRows = 0,
            TrialsCsvSha256 = "",
            Tally = shard.Parts[0].Tally,
        });
        return path;
    }
}
