using Simulator.Application;
using Simulator.Application.Merging;
using Simulator.Application.Runs;
using System.Security.Cryptography;
using Simulator.Application.Studies;
using Simulator.Output;
using Simulator.Output.Manifests;
using Simulator.Storage;

namespace Simulator.Tests.Support;

/// <summary>A temporary folder in which the built-in scenario runs whole, in shards, and merged, through the application layer.</summary>
internal sealed class ShardWorkspace : IDisposable
{
    /// <summary>Every file a run writes whose bytes depend only on the scenario, seed and trials.</summary>
    public static readonly string[] RunFiles = ["summary.json", "scenario.yaml", "survival.csv", "comparisons.csv", "causes.csv", "trials.csv"];

    public static readonly ApplicationSettings Settings = new() { BlockSize = 64 };

    public ShardWorkspace()
    {
        Root = Directory.CreateTempSubdirectory("simulator-shards-").FullName;
    }

    public string Root { get; }

    public string Of(string name) => Path.Combine(Root, name);

    /// <summary>`run` of the built-in scenario into <paramref name="name"/> (a shard of it with <paramref name="shard"/>).</summary>
    public RunOutcome Run(string name, long trials, string? shard = null, bool trialsCsv = true, string[]? sets = null, int threads = 2, CancellationToken cancellationToken = default)
    {
        var pipeline = new RunPipeline(Settings);
        var plan = pipeline.Prepare(new RunSpec { Trials = trials, OutputFolder = Of(name), WriteTrialsCsv = trialsCsv, Shard = shard, Overrides = sets ?? [], Threads = threads });
        return pipeline.Execute(plan, null, cancellationToken);
    }

    /// <summary>Every shard of a <paramref name="count"/>-way split, each in folder prefix-i; returns the folders.</summary>
    public string[] Shards(string prefix, long trials, int count, bool trialsCsv = true)
    {
        var folders = new string[count];
        for (var i = 0; i < count; i++)
        {
            folders[i] = Of($"{prefix}-{i}");
            Run($"{prefix}-{i}", trials, $"{i}/{count}", trialsCsv);
        }
        return folders;
    }

    public MergeOutcome Merge(string name, params string[] folders)
    {
        var pipeline = new MergePipeline(Settings);
        return pipeline.Execute(pipeline.Prepare(new MergeSpec { ShardFolders = folders, OutputFolder = Of(name) }));
    }

    /// <summary>The problems a merge of <paramref name="folders"/> is refused with, one line each.</summary>
    public string Refusal(params string[] folders)
    {
        var e = Assert.Throws<InputRejectedException>(() => Merge("refused", folders));
        Assert.False(File.Exists(Path.Combine(Of("refused"), "summary.json")));
        return string.Join("\n", e.Problems);
    }

    /// <summary>A study shard (or the whole study without <paramref name="shard"/>) prepared by <paramref name="prepare"/> with the study's common options.</summary>
    public void Study(Func<StudyPipeline, StudySpec, StudyPlan> prepare, string name, string? shard = null)
    {
        var pipeline = new StudyPipeline(Settings);
        var plan = prepare(pipeline, new StudySpec { OutputFolder = Of(name), Shard = shard, Threads = 2 });
        if (plan.Shard is null) pipeline.Execute(plan);
        else Assert.False(pipeline.ExecuteShard(plan).Partial);
    }

    /// <summary>
    /// Writes <paramref name="folder"/>'s manifest again over the files now in it, as the shard would
    /// have written it: for a test that edits a shard's file and means merge to read the edit.
    /// </summary>
    public static void Reseal(string folder)
    {
        var names = Directory.GetFiles(folder).Select(Path.GetFileName).Where(n => n is not (OutputFiles.Manifest or OutputFiles.Lock)).Order(StringComparer.Ordinal);
        var entries = names.Select(name =>
        {
            var path = Path.Combine(folder, name!);
            var bytes = File.ReadAllBytes(path);
            return ManifestFile.Entry(new WrittenFile(path, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))), "shard", partial: false);
        }).ToList();
        ManifestFile.Write(folder, new FolderManifest { Files = entries });
    }

    public static void AssertSameBytes(string expectedFolder, string actualFolder, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var expected = File.ReadAllBytes(Path.Combine(expectedFolder, file));
            var actual = File.ReadAllBytes(Path.Combine(actualFolder, file));
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"{file} differs between {expectedFolder} and {actualFolder}");
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
