using System.Globalization;
using Simulator.Application;
using Simulator.Application.Runs;
using Simulator.Diagnostics;
using Simulator.Service.Settings;
using Simulator.Service.Store;

namespace Simulator.Service.Jobs;

/// <summary>
/// Accepts submissions: passes each through the application layer's gate (RunPipeline.Prepare
/// without a folder: every problem, nothing written) and the server's trial limit, then queues it
/// unless the queue is full. Nothing is queued for a refused submission.
/// </summary>
public sealed class RunIntake(RunPipeline pipeline, RunStore store, RunQueue queue, ServiceSettings settings, TimeProvider time)
{
    /// <summary>
    /// The plan <paramref name="submission"/> would run; throws <see cref="InputRejectedException"/> with
    /// every problem. The caller disposes it (a plan holds its folder's lock until executed or disposed).
    /// </summary>
    public RunPlan Check(RunSubmission submission) => Check(submission, out _);

    /// <summary>As <see cref="Check(RunSubmission)"/>, with the warnings the gate found.</summary>
    public RunPlan Check(RunSubmission submission, out IReadOnlyList<Problem> warnings)
    {
        var collector = new WarningCollector();
        var plan = pipeline.Prepare(SubmissionSpec.ToRunSpec(submission, folder: null, threads: null), collector);
        warnings = collector.Collected;
        if (plan.Request.Trials > settings.MaxTrials)
        {
            plan.Dispose();
            var given = submission.Trials is null ? "run.trials in the scenario" : "trials";
            throw new InputRejectedException([new Problem
            {
                File = "request",
                Path = submission.Trials is null ? "run.trials" : "trials",
                Message = string.Create(CultureInfo.InvariantCulture,
                    $"{plan.Request.Trials} trials per regime ({given}) exceed this server's limit of {settings.MaxTrials} (setting Service:MaxTrials); ask for at most {settings.MaxTrials}"),
            }]);
        }
        return plan;
    }

    /// <summary>Checks and queues <paramref name="submission"/>; returns its id, or null when the queue is full.</summary>
    public long? Submit(RunSubmission submission)
    {
        using var plan = Check(submission); // checked here; the executor prepares the run again into its folder
        var id = store.TryAdd(submission, plan.Scenario.SourceName, plan.Request.Trials, time.GetUtcNow(), settings.MaxQueuedRuns);
        if (id is { } accepted) queue.Enqueue(accepted);
        return id;
    }
}
