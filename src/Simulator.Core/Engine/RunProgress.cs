namespace Simulator.Engine;

/// <summary>Progress of a run, reported after each completed block.</summary>
/// <param name="CompletedTrials">Trials finished (every selected regime).</param>
/// <param name="TotalTrials">Trials requested.</param>
/// <param name="Elapsed">Wall time since the run started.</param>
public readonly record struct RunProgress(long CompletedTrials, long TotalTrials, TimeSpan Elapsed)
{
    /// <summary>Estimated time left, by the rate so far; null before the first block.</summary>
    public TimeSpan? Remaining => CompletedTrials == 0
        ? null
        : TimeSpan.FromSeconds(Elapsed.TotalSeconds * (TotalTrials - CompletedTrials) / CompletedTrials);
}
