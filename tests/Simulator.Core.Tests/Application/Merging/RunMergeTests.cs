using Simulator.Checkpoints;
using Simulator.Tests.Support;

namespace Simulator.Tests.Application.Merging;

/// <summary>Shards of a run, merged: the single run's bytes for any split and any trial count.</summary>
public sealed class RunMergeTests : IDisposable
{
    private readonly ShardWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData(1001, 1)]
    [InlineData(1001, 2)]
    [InlineData(1001, 3)]
    [InlineData(1001, 7)]
    [InlineData(1000, 4)]
    [InlineData(13, 13)]
    public void Merge_AnyShardCountAndTrialCount_WritesTheSingleRunsBytes(long trials, int count)
    {
        var single = _work.Run("single", trials, threads: 1);
        var folders = _work.Shards("shard", trials, count);

        var merged = _work.Merge("merged", folders.Reverse().ToArray()); // any order

        ShardWorkspace.AssertSameBytes(single.Folder!, merged.Plan.Folder, ShardWorkspace.RunFiles);
        Assert.Equal(single.FilesWritten, merged.FilesWritten);
        Assert.Equal(single.Result.EventsProcessed, merged.Run!.Result.EventsProcessed);
    }

    [Fact]
    public void Merge_SplitsOfDifferentCountsThatTileTheTrialsExactly_WriteTheSameBytes()
    {
        var single = _work.Run("single", 1001);
        _work.Run("half", 1001, "0/2");
        _work.Run("q2", 1001, "2/4");
        _work.Run("q3", 1001, "3/4");

        var merged = _work.Merge("merged", _work.Of("half"), _work.Of("q2"), _work.Of("q3"));

        ShardWorkspace.AssertSameBytes(single.Folder!, merged.Plan.Folder, ShardWorkspace.RunFiles);
    }

    [Fact]
    public void Run_ShardRunAgain_WritesTheSameShardFile()
    {
        _work.Run("first", 500, "1/3", threads: 1);
        _work.Run("again", 500, "1/3", threads: 2);

        ShardWorkspace.AssertSameBytes(_work.Of("first"), _work.Of("again"), [ShardFile.Name, "trials.csv"]);
        Assert.False(File.Exists(_work.Of("first/summary.json")));
        Assert.False(File.Exists(_work.Of("first/checkpoint.bin")));
    }

    [Fact]
    public void Run_ShardCancelled_WritesNothingAndRemovesAnOldShardFile()
    {
        _work.Run("shard", 500, "0/2");
        Assert.True(File.Exists(_work.Of("shard/shard.bin")));

        var outcome = _work.Run("shard", 500, "0/2", cancellationToken: new CancellationToken(canceled: true));

        Assert.True(outcome.Partial);
        Assert.Empty(outcome.FilesWritten);
        Assert.False(File.Exists(_work.Of("shard/shard.bin")));
        Assert.Empty(Directory.GetFiles(_work.Of("shard"), "*.partial"));
    }

    [Fact]
    public void Merge_MissingShard_IsRefusedNamingItAndHowToRunIt()
    {
        var folders = _work.Shards("shard", 1001, 4);

        var refusal = _work.Refusal(folders[0], folders[1], folders[3]);

        Assert.Equal("merge: shard 2/4 is missing (trials 500 to 749 of 1,001): give its folder, or run it again with the same options and --shard 2/4", refusal);
    }

    [Fact]
    public void Merge_LastShardsMissing_AreEachNamed()
    {
        var folders = _work.Shards("shard", 1001, 4, trialsCsv: false);

        var refusal = _work.Refusal(folders[0]);

        Assert.Contains("shard 1/4 is missing (trials 250 to 499 of 1,001)", refusal);
        Assert.Contains("shard 3/4 is missing (trials 750 to 1,000 of 1,001)", refusal);
    }

    [Fact]
    public void Merge_DuplicatedShard_IsRefused()
    {
        var folders = _work.Shards("shard", 600, 2, trialsCsv: false);
        Directory.CreateDirectory(_work.Of("copy"));
        foreach (var file in Directory.GetFiles(folders[1])) File.Copy(file, Path.Combine(_work.Of("copy"), Path.GetFileName(file))); // the folder copied whole

        var refusal = _work.Refusal(folders[0], folders[1], _work.Of("copy"));

        Assert.Contains("shard 1/2 is duplicated: ", refusal);
    }

    [Fact]
    public void Merge_SameFolderTwice_IsRefused()
    {
        var folders = _work.Shards("shard", 600, 2, trialsCsv: false);

        Assert.Contains("given twice", _work.Refusal(folders[0], folders[1], folders[1]));
    }

    [Fact]
    public void Merge_OverlappingShardsOfAnotherSplit_AreRefused()
    {
        var thirds = _work.Shards("third", 600, 3, trialsCsv: false);
        _work.Run("half", 600, "1/2", trialsCsv: false);

        var refusal = _work.Refusal(thirds[0], thirds[1], _work.Of("half"));

        Assert.Contains("overlaps shard 1/3 of", refusal);
        Assert.Contains("on trials 300 to 399: merge the shards of one split (the same COUNT)", refusal);
    }

    [Theory]
    [InlineData("--seed", "another seed (7, not 20251107)")]
    [InlineData("--trials", "another trial count (601 trials, not 600)")]
    [InlineData("--set", "another scenario (")]
    [InlineData("--regime", "other regimes (")]
    [InlineData("--trials-csv", "trials.csv where the other has none")]
    public void Merge_ShardOfAnotherRun_IsRefusedNamingTheDifference(string option, string expected)
    {
        var first = _work.Shards("shard", 600, 2, trialsCsv: false)[0];
        var pipeline = new Simulator.Application.Runs.RunPipeline(ShardWorkspace.Settings);
        var spec = new Simulator.Application.Runs.RunSpec { Trials = 600, OutputFolder = _work.Of("other"), Shard = "1/2" };
        spec = option switch
        {
            "--seed" => spec with { Seed = 7 },
            "--trials" => spec with { Trials = 601 },
            "--set" => spec with { Overrides = ["escalation.decay_days=12"] },
            "--regime" => spec with { Regimes = ["status_quo", "mediator_commission"] },
            _ => spec with { WriteTrialsCsv = true },
        };
        pipeline.Execute(pipeline.Prepare(spec));

        var refusal = _work.Refusal(first, _work.Of("other"));

        Assert.Contains($"shard 1/2 is of {expected}", refusal);
        Assert.EndsWith("merge only the shards of one run", refusal);
    }

    [Fact]
    public void Merge_ShardsOfAnotherEngineVersion_AreRefused()
    {
        var folders = _work.Shards("shard", 600, 2, trialsCsv: false);
        var path = Path.Combine(folders[1], ShardFile.Name);
        ShardFile.Write(path, ShardFile.Read(path) with { EngineVersion = "0.0.1" });
        ShardWorkspace.Reseal(folders[1]);

        Assert.Contains("shard 1/2 is of another engine version (0.0.1, not ", _work.Refusal(folders));

        path = Path.Combine(folders[0], ShardFile.Name);
        ShardFile.Write(path, ShardFile.Read(path) with { EngineVersion = "0.0.1" });
        ShardWorkspace.Reseal(folders[0]);
        Assert.Contains("shard 0/2 was run by engine version 0.0.1; this merge is ", _work.Refusal(folders));
    }

    [Fact]
    public void Merge_FolderWithoutShardFile_SaysToRunTheShardAgain()
    {
        var folders = _work.Shards("shard", 600, 2, trialsCsv: false);
        File.Delete(Path.Combine(folders[1], ShardFile.Name));

        Assert.Contains("no shard file (the shard did not finish, or this is not a shard folder): run the shard again", _work.Refusal(folders));
    }

    [Fact]
    public void Merge_TrialsCsvChangedAfterTheShard_IsRefusedAndNoTrialsCsvIsWritten()
    {
        var folders = _work.Shards("shard", 600, 2);
        var rows = Path.Combine(folders[1], "trials.csv");
        var bytes = File.ReadAllBytes(rows);
        bytes[^3] = bytes[^3] == (byte)'1' ? (byte)'2' : (byte)'1'; // same length, another value
        File.WriteAllBytes(rows, bytes);

        Assert.Contains("was changed after its shard finished", _work.Refusal(folders));
        Assert.False(File.Exists(_work.Of("refused/trials.csv")));
        Assert.Empty(Directory.GetFiles(_work.Of("refused"), "*.partial"));

        File.WriteAllBytes(rows, bytes[..^5]);
        Assert.Contains($"holds {bytes.Length - 5} bytes; its shard file recorded {bytes.Length}", _work.Refusal(folders));
    }

    [Fact]
    public void Merge_IntoOneOfTheShardFolders_IsRefused()
    {
        var folders = _work.Shards("shard", 600, 2, trialsCsv: false);
        var pipeline = new Simulator.Application.Merging.MergePipeline(ShardWorkspace.Settings);

        var e = Assert.Throws<Simulator.Application.InputRejectedException>(() =>
            pipeline.Prepare(new Simulator.Application.Merging.MergeSpec { ShardFolders = folders, OutputFolder = folders[0] }));

        Assert.Contains("is one of the shard folders (0/2)", e.Message);
    }

    [Theory]
    [InlineData("--precision", "--precision", "cannot be split into shards")]
    [InlineData("--out", "--shard", "needs --out DIR")]
    [InlineData("--shard", "--shard", "101 shards for 100 trials: every shard needs at least one trial; split into at most 100 shards")]
    public void Prepare_ShardWithWhatItCannotTake_IsRefused(string what, string option, string expected)
    {
        var spec = new Simulator.Application.Runs.RunSpec { Trials = 100, OutputFolder = _work.Of("x"), Shard = "0/2" };
        spec = what switch
        {
            "--precision" => spec with { Precision = 0.01 },
            "--out" => spec with { OutputFolder = null },
            _ => spec with { Shard = "0/101" },
        };

        var e = Assert.Throws<Simulator.Application.InputRejectedException>(() => new Simulator.Application.Runs.RunPipeline(ShardWorkspace.Settings).Prepare(spec));

        Assert.Contains(e.Problems, p => p.File == option && p.Message.Contains(expected, StringComparison.Ordinal));
    }
}
