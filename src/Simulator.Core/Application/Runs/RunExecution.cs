using System.Globalization;
using Simulator.Application.Observing;
using Simulator.Application.Precision;
using Simulator.Application.Reporting;
using Simulator.Application.Sharding;
using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Output;
using Simulator.Results;
using Simulator.Results.Precision;

namespace Simulator.Application.Runs;

/// <summary>
/// Executes one plan: opens trials.csv and the checkpoints, runs the trials (all of them, the
/// batches of a precision goal, or what a checkpoint lacks), builds the statistics and writes the
/// outputs, the summary last. On cancellation the completed trials are summarised and written,
/// marked partial. A shard writes its shard file instead of the outputs, and nothing when cancelled.
/// </summary>
internal sealed class RunExecution(RunPlan plan, ApplicationSettings settings, IReportWriter? reports, IRunObserver observer)
{
    public RunOutcome Run(CancellationToken cancellationToken)
    {
        try
        {
            return RunHeld(cancellationToken);
        }
        finally
        {
            plan.Session?.Dispose(); // the folder's lock, held since Prepare
        }
    }

    private RunOutcome RunHeld(CancellationToken cancellationToken)
    {
        var scenario = plan.Scenario;
        var causes = new CauseCatalog(scenario.Scenario);
        var resume = plan.Resume;
        var folder = plan.Folder;
        using var trialsCsv = OpenTrialsCsv(causes); // a resumed run's rows are checked against the checkpoint first
        plan.Session?.BeginWriting();
        var interval = TimeSpan.FromSeconds(settings.CheckpointIntervalSeconds);
        var done = resume?.Checkpoint.CompletedTrials ?? 0;
        // A resumed run adds its trials to the checkpoint's tally itself (StartTally): its result and
        // its checkpoints are then the whole run's, with one copy of the histograms.
        var remaining = plan.Request with { FirstTrial = plan.Request.FirstTrial + done, Trials = plan.Request.Trials - done, StartTally = resume?.Prefix };

        // Checkpoints cover fixed-size runs; a precision-driven run is made of several runs and is
        // reproduced by running it again (its batches are fixed by the seed and the target); so is a shard.
        RunCheckpointer? checkpoints = null;
        if (folder is not null && plan.Goal is null && plan.Shard is null)
        {
            checkpoints = resume is null
                ? RunCheckpointer.StartNew(folder, scenario, plan.Request, plan.RegimeIds, trialsCsv, plan.Request.BlockSize, interval)
                : RunCheckpointer.Continue(folder, resume.Checkpoint, remaining, trialsCsv, interval);
        }

        RunResult result;
        PrecisionOutcome? precision = null;
        if (plan.Goal is { } goal)
        {
            (result, precision) = new PrecisionRun().Run(plan.Request, goal, new ObserverProgress(observer, 0, 0, relative: true), trialsCsv,
                check =>
                {
                    observer.ProgressDone();
                    observer.PrecisionChecked(check, goal);
                }, cancellationToken);
        }
        else
        {
            var progress = new ObserverProgress(observer, done, plan.Request.Trials, resumedAt: done);
            var session = new SimulationRunner().Run(checkpoints?.Observe(remaining) ?? remaining, progress, trialsCsv, cancellationToken);
            result = resume is null ? session : Joined(resume, session);
            checkpoints?.Stopped(session);
        }
        observer.ProgressDone();

        var report = RunReport.Build(scenario.Scenario, scenario.Hash, scenario.SourceName, scenario.Overrides, result, causes) with { Precision = precision };
        var written = new List<string>();
        if (plan.Session is { } shardFolder && plan.Shard is { } shard)
        {
            // A shard's files, listed in its folder's manifest (written last) for merge to read; nothing when cancelled.
            var files = ShardOutput.WriteRun(shardFolder.Folder, scenario, shard, result, trialsCsv);
            if (files.Count > 0)
            {
                shardFolder.Add(files, partial: false);
                shardFolder.Publish();
                written.AddRange(files.Select(f => f.Name));
                observer.Note(ShardOutput.Written(shardFolder.Folder, shard, written));
            }
        }
        else if (plan.Session is { } held)
        {
            if (trialsCsv is not null) held.Add([trialsCsv.Commit()], result.Partial);
            if (trialsCsv is not null && plan.TrialsParquet) held.Add([TrialsParquet.Convert(Path.Combine(held.Folder, OutputFiles.Trials), Path.Combine(held.Folder, OutputFiles.TrialsParquet))], result.Partial);
            held.Add(OutputWriter.WriteAll(held.Folder, report, result, scenario.SourceText, plan.SurvivalRows), result.Partial);
            if (!result.Partial) checkpoints?.Completed(held.Folder);
            else if (checkpoints?.LastWritten is { } checkpoint) held.Add([checkpoint], partial: true);
            // The manifest goes last: only what it lists is trusted, so until now readers saw no new run.
            held.Publish();
            written.AddRange(OutputWriter.FilesWritten(report, trialsCsv is not null, trialsCsv is not null && plan.TrialsParquet));
            if (plan.Report || plan.Plots)
            {
                var drawn = reports!.Write(held.Folder, plan.Report, plan.Plots);
                held.AddExisting(drawn, result.Partial);
                held.Publish();
                written.AddRange(drawn);
            }
            observer.Note($"wrote {string.Join(", ", written)} to {folder}");
        }
        if (result.Partial)
        {
            var resumable = folder is not null && plan.Goal is null ? $" (run --resume {folder} to continue)" : "";
            var kept = plan.Shard is null ? $"outputs are marked partial{resumable}" : "the shard wrote nothing: run it again";
            observer.Note(string.Create(CultureInfo.InvariantCulture,
                $"cancelled: {result.CompletedTrials:N0} of {plan.Request.Trials:N0} trials completed; {kept}."));
        }
        return new RunOutcome(report, result, folder, written);
    }

    private TrialsCsvWriter? OpenTrialsCsv(CauseCatalog causes)
    {
        if (plan.Folder is null || !plan.TrialsCsv) return null;
        var path = Path.Combine(plan.Folder, OutputFiles.Trials);
        return plan.Resume is { } resume
            ? TrialsCsvRecovery.Reopen(path, resume.Checkpoint, causes)
            : new TrialsCsvWriter(path, plan.RegimeIds, causes);
    }

    // A resumed run's result: its tally already holds the checkpoint's prefix (StartTally); the
    // trials completed count both.
    private RunResult Joined(ResumePoint resume, RunResult session)
    {
        return new RunResult
        {
            Request = plan.Request,
            Tally = session.Tally,
            CompletedTrials = resume.Checkpoint.CompletedTrials + session.CompletedTrials,
            EventsProcessed = session.EventsProcessed,
            Elapsed = session.Elapsed,
        };
    }
}
