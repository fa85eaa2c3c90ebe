using Microsoft.Extensions.Logging;
using Simulator.Application.Reporting;
using Simulator.Application.Runs;
using Simulator.Checkpoints;
using Simulator.Output;
using Simulator.Service.Settings;
using Simulator.Service.Store;

namespace Simulator.Service.Jobs;

/// <summary>
/// Executes one run through the application layer, exactly as `run --out DIR --report` does, and
/// picks up where a stopped or killed server left it: a folder with a checkpoint is resumed as
/// `run --resume DIR`; a folder whose summary is complete (the checkpoint already removed) only
/// lacks its report; any other folder starts from the first trial.
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
        if (File.Exists(Path.Combine(folder, OutputFiles.Summary)))
        {
            if (!File.Exists(Path.Combine(folder, OutputFiles.Report))) reports.Write(folder, html: true, plots: false);
            return new ExecutionResult(Partial: false, record.TotalTrials);
        }
        var fresh = pipeline.Prepare(SubmissionSpec.ToRunSpec(record.Submission, folder, threads), observer);
        return Ended(pipeline.Execute(fresh, observer, live.Token));
    }

    private static ExecutionResult Ended(RunOutcome outcome) => new(outcome.Partial, outcome.Result.CompletedTrials);
}
