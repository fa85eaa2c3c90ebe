using Simulator.Application;
using Simulator.Application.Merging;
using Simulator.Checkpoints;
using Simulator.Output;
using Simulator.Output.Manifests;
using Simulator.Storage;
using Simulator.Tests.Support;

namespace Simulator.Tests.Application.Merging;

/// <summary>
/// Shard folders and the merge's --out as every writer's folder: locked, listed in a manifest
/// written last, read only through it (no link, no edited file), earlier outputs refused without --force.
/// </summary>
public sealed class ShardFolderTests : IDisposable
{
    private readonly ShardWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Run_Shard_ListsItsFilesInItsFolderManifest()
    {
        _work.Run("shard", 300, "0/2");

        var folder = TrustedFolder.Open(_work.Of("shard"));

        Assert.Equal([ShardFile.Name, OutputFiles.Timing, OutputFiles.Trials], folder.Manifest.Files.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.All(folder.Manifest.Files, f => Assert.Equal("shard", f.WrittenBy));
        Assert.Equal(File.ReadAllBytes(_work.Of("shard/shard.bin")), folder.ReadAllBytes(ShardFile.Name));
        Assert.False(File.Exists(_work.Of("shard/.lock")));
    }

    [Fact]
    public void Run_ShardIntoTheFolderOfARun_IsRefusedWithoutForce()
    {
        _work.Run("folder", 300);

        var e = Assert.Throws<InputRejectedException>(() => _work.Run("folder", 300, "0/2"));

        Assert.Contains("holds the outputs of another command (a shard writes into a folder of its own)", Assert.Single(e.Problems).Message);
        Assert.True(File.Exists(_work.Of("folder/summary.json")));
    }

    [Fact]
    public void Run_ShardWhileAnotherWriterHoldsItsFolder_IsRefused()
    {
        Directory.CreateDirectory(_work.Of("busy"));
        using var held = FolderLock.Acquire(_work.Of("busy"));

        var e = Assert.Throws<InputRejectedException>(() => _work.Run("busy", 300, "0/2"));

        Assert.Contains("is in use by another process", Assert.Single(e.Problems).Message);
    }

    [Fact]
    public void Merge_ShardFileEditedAfterTheShard_IsRefused()
    {
        var folders = _work.Shards("shard", 600, 2, trialsCsv: false);
        var path = Path.Combine(folders[1], ShardFile.Name);
        ShardFile.Write(path, ShardFile.Read(path) with { EngineVersion = "0.0.1" }); // a valid shard file, but not the one listed

        var refusal = _work.Refusal(folders);

        Assert.Contains($"{path}: differs from what manifest.json records", refusal);
    }

    [Fact]
    public void Merge_ShardFolderWithoutManifest_SaysToRunTheShardAgain()
    {
        var folders = _work.Shards("shard", 600, 2, trialsCsv: false);
        File.Delete(Path.Combine(folders[0], OutputFiles.Manifest)); // as a shard killed before its manifest leaves it

        Assert.Contains("no shard file (the shard did not finish, or this is not a shard folder): run the shard again", _work.Refusal(folders));
    }

    [Fact]
    public void Merge_LinkInAShardFolder_IsRefusedAndItsTargetIsNotRead()
    {
        var folders = _work.Shards("shard", 600, 2);
        var rows = Path.Combine(folders[1], OutputFiles.Trials);
        var elsewhere = _work.Of("elsewhere.csv");
        File.Move(rows, elsewhere);
        File.CreateSymbolicLink(rows, elsewhere); // the same bytes, through a link

        var refusal = _work.Refusal(folders);

        Assert.Contains("is a symbolic link", refusal);
        Assert.False(File.Exists(_work.Of("refused/trials.csv")));
    }

    [Fact]
    public void Merge_WritesTheOutputFoldersManifestLast_AndReleasesItsLock()
    {
        var folders = _work.Shards("shard", 400, 2);

        var merged = _work.Merge("merged", folders);

        var folder = TrustedFolder.Open(merged.Plan.Folder);
        Assert.Equal(merged.FilesWritten.Order(StringComparer.Ordinal), folder.Manifest.Files.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.All(folder.Manifest.Files, f => Assert.Equal("merge", f.WrittenBy));
        Assert.Equal(File.ReadAllBytes(_work.Of("merged/trials.csv")), folder.ReadAllBytes(OutputFiles.Trials));
        Assert.False(File.Exists(_work.Of("merged/.lock")));
    }

    [Fact]
    public void Merge_OutputFolderAnotherWriterHolds_IsRefusedNamingIt()
    {
        var folders = _work.Shards("shard", 400, 2, trialsCsv: false);
        Directory.CreateDirectory(_work.Of("out"));
        using var held = FolderLock.Acquire(_work.Of("out"));

        var pipeline = new MergePipeline(ShardWorkspace.Settings);
        var e = Assert.Throws<InputRejectedException>(() => pipeline.Prepare(new MergeSpec { ShardFolders = folders, OutputFolder = _work.Of("out") }));

        Assert.Contains("is in use by another process", Assert.Single(e.Problems).Message);
    }

    [Fact]
    public void Merge_IntoTheFolderOfAnEarlierMerge_IsRefusedWithoutForce_AndReplacesItWithForce()
    {
        var folders = _work.Shards("shard", 400, 2, trialsCsv: false);
        _work.Merge("merged", folders);
        var pipeline = new MergePipeline(ShardWorkspace.Settings);
        var spec = new MergeSpec { ShardFolders = folders, OutputFolder = _work.Of("merged") };

        var e = Assert.Throws<InputRejectedException>(() => pipeline.Prepare(spec));
        Assert.Contains("holds the outputs of an earlier merge", Assert.Single(e.Problems).Message);

        var again = pipeline.Execute(pipeline.Prepare(spec with { Force = true }));
        Assert.Equal(again.FilesWritten.Order(StringComparer.Ordinal), ManifestFile.TryRead(again.Plan.Folder)!.Files.Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Prepare_MergePlanNeverExecuted_HoldsTheOutputFolderUntilDisposed()
    {
        var folders = _work.Shards("shard", 400, 2, trialsCsv: false);
        var pipeline = new MergePipeline(ShardWorkspace.Settings);

        var plan = pipeline.Prepare(new MergeSpec { ShardFolders = folders, OutputFolder = _work.Of("out") });
        Assert.Throws<FolderBusyException>(() => FolderLock.Acquire(_work.Of("out")).Dispose());
        plan.Dispose();

        FolderLock.Acquire(_work.Of("out")).Dispose();
    }
}
