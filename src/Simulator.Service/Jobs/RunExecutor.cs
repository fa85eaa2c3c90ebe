using Microsoft.Extensions.Logging;
using Simulator.Application.Reporting;
using Simulator.Application.Runs;
using Simulator.Checkpoints;
using Simulator.Output;
using Simulator.Output.Manifests;
using Simulator.Service.Settings;
using Simulator.Service.Store;

namespace Simulator.Service.Jobs;

/// <summary>
/// Executes one run through the application layer, exactly as `run --out DIR --report` does, and
/// picks up where a stopped or killed server left it: a folder with a checkpoint is resumed as
/// `run --resume DIR`; a folder whose manifest lists a complete summary (the checkpoint already
/// removed) only lacks its report, written as `report DIR` writes it; any other folder starts from
/// the first trial, replacing what was left there.
/// </summary>
public sealed class RunExecutor(RunPipeline pipeline, IReportWriter reports, DataFolder data, RunStore store,
    ServiceSettings settings, TimeProvider time, ILogger<RunExecutor> logger)
{
    /// <summary>Runs <paramref name="record"/> to its end or to the cancellation of <paramref name="live"/>.</summary>
    public ExecutionResult Execute(RunRecord record, LiveRun live)
    {
        var folder = data.RunFolder(record.Id);
        var observer = new RunObserver(live, store, time, logger);
        int? threads = settings.ThreadsPerRun == 0 ? null : settings.ThreadsPerRun;
        if (File.Exists(CheckpointFile.PathIn(folder)))
        {
            var plan = pipeline.Prepare(new RunSpec { ResumeFolder = folder, Report = true, Threads = threads }, observer);
            return Ended(pipeline.Execute(plan, observer, live.Token));
        }
        // Finished when the manifest (written after summary.json) lists the summary: then only the report may be missing.
        if (ManifestFile.TryRead(folder) is { } manifest && manifest.Find(OutputFiles.Summary) is { Partial: false })
        {
            if (manifest.Find(OutputFiles.Report) is null) new ReportPipeline(reports).Write(folder, plots: false);
            return new ExecutionResult(Partial: false, record.TotalTrials);
        }
        // The folder is this run's own: what a killed server left of it there is replaced (--force).
        var fresh = pipeline.Prepare(SubmissionSpec.ToRunSpec(record.Submission, folder, threads) with { Force = true }, observer);
        return Ended(pipeline.Execute(fresh, observer, live.Token));
    }

    private static ExecutionResult Ended(RunOutcome outcome) => new(outcome.Partial, outcome.Result.CompletedTrials);
}
