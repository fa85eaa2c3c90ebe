using Simulator.Application;
using Simulator.Application.Observing;
using Simulator.Application.Runs;
using Simulator.Diagnostics;
using Simulator.Engine;
using Simulator.Results.Precision;
using Simulator.Application.Scenarios;
using Simulator.Output;
using Simulator.Output.Manifests;
using Simulator.Tests.Support;

namespace Simulator.Tests.Application.Runs;

/// <summary>
/// The run pipeline without a front end or a process: the gate refuses before anything is written,
/// a run writes its outputs with the manifest listing them, and cancellation keeps a partial run.
/// </summary>
public sealed class RunPipelineTests : IDisposable
{
    private static readonly ApplicationSettings Settings = new() { BlockSize = 64 };

    private readonly string _root = Directory.CreateTempSubdirectory("run-pipeline-").FullName;

    private static ScenarioInput ConstantHazard => ScenarioInput.File(RepoPaths.Of("scenarios", "reference", "constant-hazard.yaml"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Prepare_OverrideTheGateRefuses_ThrowsNamingTheKeyAndCreatesNoFolder()
    {
        var folder = Path.Combine(_root, "out");
        var spec = new RunSpec { Scenario = ConstantHazard, Trials = 10, OutputFolder = folder, Overrides = ["tension.half_life_days=1e-320"] };

        var e = Assert.Throws<InputRejectedException>(() => new RunPipeline(Settings).Prepare(spec));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("tension.half_life_days", problem.Path);
        Assert.Contains("not a finite number", problem.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Execute_WritesTheOutputsAndAManifestListingThem()
    {
        var folder = Path.Combine(_root, "out");
        var pipeline = new RunPipeline(Settings);

        var outcome = pipeline.Execute(pipeline.Prepare(new RunSpec { Scenario = ConstantHazard, Trials = 200, Threads = 1, OutputFolder = folder }));

        Assert.False(outcome.Partial);
        Assert.Equal(folder, outcome.Folder);
        var trusted = TrustedFolder.Open(folder);
        foreach (var name in new[] { OutputFiles.Summary, OutputFiles.Scenario, OutputFiles.Survival, OutputFiles.Comparisons, OutputFiles.Causes, OutputFiles.Timing })
        {
            Assert.True(trusted.Has(name), $"the manifest does not list {name}");
        }
        var summary = SummaryJson.Read(trusted.ReadAllBytes(OutputFiles.Summary));
        Assert.Equal(200, summary.TrialsCompleted);
        Assert.False(summary.Partial);
        Assert.False(trusted.Has(OutputFiles.Checkpoint)); // a finished run keeps no checkpoint
    }

    [Fact]
    public void Execute_CancelledBeforeTheFirstTrial_KeepsAPartialRunMarkedInEveryJsonFile()
    {
        var folder = Path.Combine(_root, "out");
        var pipeline = new RunPipeline(Settings);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var outcome = pipeline.Execute(pipeline.Prepare(new RunSpec { Scenario = ConstantHazard, Trials = 200, Threads = 1, OutputFolder = folder }), cancellationToken: cancel.Token);

        Assert.True(outcome.Partial);
        var trusted = TrustedFolder.Open(folder);
        Assert.True(SummaryJson.Read(trusted.ReadAllBytes(OutputFiles.Summary)).Partial);
        Assert.True(TimingJson.Read(trusted.ReadAllBytes(OutputFiles.Timing)).Partial);
        Assert.True(trusted.Has(OutputFiles.Checkpoint)); // kept for --resume
    }

    [Fact]
    public void Execute_CancelledAfterTheLastTrial_WritesEveryOutputComplete()
    {
        // What a Ctrl+C that comes while the outputs are written does: the files are finished, not cut short.
        var folder = Path.Combine(_root, "out");
        var pipeline = new RunPipeline(Settings);
        using var cancel = new CancellationTokenSource();

        var outcome = pipeline.Execute(pipeline.Prepare(new RunSpec { Scenario = ConstantHazard, Trials = 200, Threads = 1, OutputFolder = folder, WriteTrialsCsv = true }),
            new CancelWhenTheTrialsAreDone(cancel), cancel.Token);

        Assert.True(cancel.IsCancellationRequested);
        Assert.False(outcome.Partial);
        var trusted = TrustedFolder.Open(folder);
        Assert.Equal(200, SummaryJson.Read(trusted.ReadAllBytes(OutputFiles.Summary)).TrialsCompleted);
        Assert.True(trusted.Has(OutputFiles.Trials));
        Assert.False(trusted.Has(OutputFiles.Checkpoint));
    }

    private sealed class CancelWhenTheTrialsAreDone(CancellationTokenSource cancel) : IRunObserver
    {
        public void Warnings(IReadOnlyList<Problem> warnings)
        {
        }

        public void Progress(RunProgress progress)
        {
        }

        public void ProgressDone() => cancel.Cancel();

        public void Note(string message)
        {
        }

        public void PrecisionChecked(PrecisionCheck check, PrecisionGoal goal)
        {
        }
    }
}
