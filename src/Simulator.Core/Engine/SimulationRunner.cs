namespace Simulator.Engine;

/// <summary>
/// Runs the Monte Carlo trials of a <see cref="RunRequest"/> in parallel blocks and aggregates
/// them exactly: the result is identical for any thread count, and a cancelled run returns the
/// contiguous prefix of blocks that completed.
/// </summary>
public sealed class SimulationRunner
{
    /// <summary>
    /// Runs every requested trial under every selected regime (trial i of each regime on the same
    /// random streams). Cancellation does not throw: the result holds the completed prefix and is
    /// <see cref="RunResult.Partial"/>.
    /// </summary>
    /// <param name="request">What to run.</param>
    /// <param name="progress">Told after each merged block, on the calling thread.</param>
    /// <param name="sink">Receives every trial's outcome in trial order, then regime order, on the calling thread.</param>
    /// <param name="cancellationToken">Stops the run between trials.</param>
    public RunResult Run(
        RunRequest request,
        IProgress<RunProgress>? progress = null,
        ITrialSink? sink = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Threads < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Threads, "Threads must be at least 1.");
        }
        if (request.BlockSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.BlockSize, "BlockSize must be at least 1.");
        }
        if (request.Trials < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Trials, "Trials must not be negative.");
        }
        if (request.FirstTrial < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.FirstTrial, "FirstTrial must not be negative.");
        }

        using var run = new ParallelRun(request, sink, cancellationToken);
        return run.Execute(progress);
    }
}
