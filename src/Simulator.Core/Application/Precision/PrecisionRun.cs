using System.Diagnostics;
using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Results.Precision;

namespace Simulator.Application.Precision;

/// <summary>
/// Runs trials in batches until a <see cref="PrecisionGoal"/> is met or its bound is reached.
/// </summary>
/// <remarks>
/// The batches are fixed blocks of trial indices that do not depend on the results: the first
/// covers trials [0, n₀) with n₀ the request's trial count (the scenario's run.trials, or --trials),
/// and each later batch doubles the total, [n, 2n), the last cut at the bound. After each batch the
/// goal is checked on the merged tally; the run stops at the first batch where every half-width is
/// at or below the target. Each batch is an ordinary run with <see cref="RunRequest.FirstTrial"/>, and
/// runs over adjacent ranges merge exactly, so the result equals one run over the trials used, for
/// any thread count: the same seed and goal always stop at the same trial count.
/// </remarks>
public sealed class PrecisionRun
{
    /// <summary>Runs one batch (the real one is <see cref="SimulationRunner.Run"/>).</summary>
    public delegate RunResult BatchRunner(RunRequest request, IProgress<RunProgress>? progress, ITrialSink? sink, CancellationToken cancellationToken);

    private readonly BatchRunner _runBatch;

    /// <summary>Creates a precision run over <paramref name="runBatch"/>, by default the engine.</summary>
    public PrecisionRun(BatchRunner? runBatch = null)
    {
        _runBatch = runBatch ?? new SimulationRunner().Run;
    }

    /// <summary>Total trials after the batch that follows <paramref name="done"/> trials.</summary>
    public static long NextTotal(long done, long firstBatch, long maxTrials) =>
        done == 0 ? Math.Min(firstBatch, maxTrials) : Math.Min(done > maxTrials / 2 ? maxTrials : 2 * done, maxTrials);

    /// <summary>
    /// Runs batches of <paramref name="request"/> (its <see cref="RunRequest.Trials"/> is the first
    /// batch, at least 2) until <paramref name="goal"/> is met, its bound is reached, or the run is
    /// cancelled.
    /// </summary>
    /// <param name="request">Scenario, regimes, threads; Trials is the first batch; FirstTrial must be 0.</param>
    /// <param name="goal">Target, half-width and bound.</param>
    /// <param name="progress">Trials done against the end of the current batch, after each block.</param>
    /// <param name="sink">Receives every trial in trial order across batches (e.g. trials.csv).</param>
    /// <param name="checks">Told the check after each batch.</param>
    /// <param name="cancellationToken">Stops the run between trials; the completed prefix is kept.</param>
    public PrecisionResult Run(
        RunRequest request,
        PrecisionGoal goal,
        IProgress<RunProgress>? progress = null,
        ITrialSink? sink = null,
        Action<PrecisionCheck>? checks = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(goal);
        if (request.FirstTrial != 0)
        {
            throw new ArgumentException("A precision-driven run starts at trial 0; FirstTrial must be 0.", nameof(request));
        }
        var firstBatch = Math.Max(2, request.Trials);
        var clock = Stopwatch.StartNew();
        var total = new RunTally(request.Scenario, request.RegimeIndices.Count, request.BaselinePosition);
        var history = new List<PrecisionCheck>();
        long done = 0, events = 0, planned = 0;
        PrecisionStop stop;
        while (true)
        {
            planned = NextTotal(done, firstBatch, goal.MaxTrials);
            var batch = request with { FirstTrial = done, Trials = planned - done };
            var offset = done;
            var batchProgress = progress is null
                ? null
                : new Relay(p => progress.Report(new RunProgress(offset + p.CompletedTrials, planned, clock.Elapsed)));
            var result = _runBatch(batch, batchProgress, sink, cancellationToken);
            total.Merge(result.Tally);
            done += result.CompletedTrials;
            events += result.EventsProcessed;

            if (done > 0)
            {
                var check = PrecisionEvaluator.Evaluate(total, request.Scenario, request.RegimeIndices, goal);
                history.Add(check);
                checks?.Invoke(check);
                if (result.Partial) { stop = PrecisionStop.Cancelled; break; }
                if (check.Met) { stop = PrecisionStop.TargetMet; break; }
            }
            else if (result.Partial)
            {
                stop = PrecisionStop.Cancelled;
                break;
            }
            if (done >= goal.MaxTrials) { stop = PrecisionStop.BoundReached; break; }
        }

        var merged = new RunResult
        {
            Request = request with { Trials = planned },
            Tally = total,
            CompletedTrials = done,
            EventsProcessed = events,
            Elapsed = clock.Elapsed,
        };
        return new PrecisionResult(merged, new PrecisionOutcome(goal, Math.Min(firstBatch, goal.MaxTrials), done, stop, history));
    }

    // Reports synchronously on the runner's calling thread (Progress<T> would post to a context).
    private sealed class Relay(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
