using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Simulator.Application;
using Simulator.Service.Settings;
using Simulator.Service.Store;

namespace Simulator.Service.Jobs;

/// <summary>
/// The hosted worker: at start, puts runs a crash left 'running' back in the queue, then executes
/// queued runs, at most <see cref="ServiceSettings.MaxConcurrentRuns"/> at a time. When the server
/// stops (SIGTERM), running trials are cancelled, which writes their checkpoints; those runs go back
/// to the queue and resume when the server starts again.
/// </summary>
public sealed class RunWorker(RunStore store, RunQueue queue, LiveRuns live, RunExecutor executor,
    ServiceSettings settings, TimeProvider time, ILogger<RunWorker> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interrupted = store.RequeueInterrupted();
        if (interrupted > 0) logger.LogWarning("{Count} run(s) were interrupted; they resume from their checkpoints", interrupted);
        foreach (var id in store.QueuedIds()) queue.Enqueue(id);
        var workers = Enumerable.Range(0, settings.MaxConcurrentRuns).Select(_ => Task.Run(() => Work(stoppingToken), CancellationToken.None));
        await Task.WhenAll(workers);
    }

    private async Task Work(CancellationToken stopping)
    {
        try
        {
            await foreach (var id in queue.ReadAllAsync(stopping))
            {
                if (stopping.IsCancellationRequested) return;
                Execute(id, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private void Execute(long id, CancellationToken stopping)
    {
        if (!store.TryStart(id, time.GetUtcNow())) return; // cancelled while queued, or taken by another worker
        var record = store.Get(id)!;
        var run = live.Start(id, stopping);
        try
        {
            var result = executor.Execute(record, run);
            if (!result.Partial) store.Finish(id, RunStatus.Succeeded, time.GetUtcNow(), result.CompletedTrials, null);
            else if (run.CancelRequested) store.Finish(id, RunStatus.Cancelled, time.GetUtcNow(), result.CompletedTrials, Cancelled(result, record));
            else store.Requeue(id, result.CompletedTrials, "stopped by a server shutdown; resumes from its checkpoint when the server starts again");
        }
        catch (InputRejectedException e)
        {
            store.Finish(id, RunStatus.Failed, time.GetUtcNow(), run.Completed, string.Join("\n", e.Problems.Select(p => p.ToString())));
        }
        catch (OperationCanceledException) when (run.Token.IsCancellationRequested)
        {
            // Cancelled before its first trial (while preparing): nothing was lost.
            if (run.CancelRequested) store.Finish(id, RunStatus.Cancelled, time.GetUtcNow(), 0, "cancelled before its first trial");
            else store.Requeue(id, run.Completed, "stopped by a server shutdown before its first trial");
        }
        catch (Exception e)
        {
            logger.LogError(e, "run {Id} failed", id);
            store.Finish(id, RunStatus.Failed, time.GetUtcNow(), run.Completed,
                $"internal error ({e.GetType().Name}): {e.Message} — a bug or a machine fault, not a problem with the scenario");
        }
        finally
        {
            live.End(run);
        }
    }

    private static string Cancelled(ExecutionResult result, RunRecord record) => string.Create(CultureInfo.InvariantCulture,
        $"cancelled: {result.CompletedTrials:N0} of {record.TotalTrials:N0} trials completed; outputs are marked partial");
}
