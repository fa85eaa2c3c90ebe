using Microsoft.Extensions.Logging.Abstractions;
using Simulator.Application;
using Simulator.Application.Runs;
using Simulator.Output;
using Simulator.Output.Manifests;
using Simulator.Reports;
using Simulator.Service.Jobs;
using Simulator.Service.Settings;
using Simulator.Service.Store;
using Simulator.Service.Tests.Support;

namespace Simulator.Service.Tests.Jobs;

/// <summary>
/// How the executor picks up a run's folder after a restart, as every writer of a folder: through
/// the folder's lock and manifest (what a killed server left is replaced, a finished run only gets its report).
/// </summary>
public sealed class RunExecutorTests : IDisposable
{
    private static readonly ApplicationSettings Settings = new() { BlockSize = 64 };
    private readonly TempFolder _data = new();
    private readonly DataFolder _folders;
    private readonly RunStore _store;
    private readonly RunExecutor _executor;

    public RunExecutorTests()
    {
        _folders = new DataFolder(_data.Path);
        _store = new RunStore(_data.Path);
        var reports = new ReportWriter();
        _executor = new RunExecutor(new RunPipeline(Settings, reports), reports, _folders, _store, new ServiceSettings { ThreadsPerRun = 1 },
            TimeProvider.System, NullLogger<RunExecutor>.Instance);
    }

    public void Dispose()
    {
        _store.Dispose();
        _data.Dispose();
    }

    private RunRecord Queued()
    {
        var id = _store.TryAdd(new RunSubmission { Trials = 200, Seed = 3, Regimes = ["status_quo"] }, "seed", 200, DateTimeOffset.UnixEpoch, 10)!.Value;
        return _store.Get(id)!;
    }

    [Fact]
    public void Execute_FolderAKilledServerLeftBeforeAnyCheckpoint_StartsAgainAndReplacesWhatWasLeft()
    {
        var record = Queued();
        var folder = _folders.RunFolder(record.Id);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, OutputFiles.Scenario), "left by a killed server\n");
        File.WriteAllText(Path.Combine(folder, "summary.json.partial"), "{");
        using var live = new LiveRun(record.Id, CancellationToken.None);

        var result = _executor.Execute(record, live);

        Assert.False(result.Partial);
        Assert.False(File.Exists(Path.Combine(folder, "summary.json.partial")));
        var files = TrustedFolder.Open(folder);
        Assert.True(files.Has(OutputFiles.Summary) && files.Has(OutputFiles.Report));
        Assert.NotEqual("left by a killed server\n", System.Text.Encoding.UTF8.GetString(files.ReadAllBytes(OutputFiles.Scenario)));
    }

    [Fact]
    public void Execute_FinishedRunWithoutItsReport_WritesOnlyTheReport_AndListsIt()
    {
        var record = Queued();
        var folder = _folders.RunFolder(record.Id);
        var pipeline = new RunPipeline(Settings);
        pipeline.Execute(pipeline.Prepare(SubmissionSpec.ToRunSpec(record.Submission, folder, threads: 1) with { Report = false }));
        var summary = File.ReadAllBytes(Path.Combine(folder, OutputFiles.Summary));
        using var live = new LiveRun(record.Id, CancellationToken.None);

        var result = _executor.Execute(record, live);

        Assert.False(result.Partial);
        var files = TrustedFolder.Open(folder);
        Assert.Equal("report", files.Manifest.Find(OutputFiles.Report)!.WrittenBy);
        Assert.Equal(summary, files.ReadAllBytes(OutputFiles.Summary));
    }
}
