namespace Simulator.Engine;

/// <summary>Progress of a run, reported after each completed block.</summary>
/// <param name="CompletedTrials">Trials finished (every selected regime).</param>
/// <param name="TotalTrials">Trials requested.</param>
/// <param name="Elapsed">Wall time since this session of the run started.</param>
public readonly record struct RunProgress(long CompletedTrials, long TotalTrials, TimeSpan Elapsed)
{
    /// <summary>Trials a resumed run's checkpoint already held when this session started (0 for a new run).</summary>
    public long ResumedAt { get; init; }

    /// <summary>Estimated time left, by this session's rate so far; null before its first block.</summary>
    public TimeSpan? Remaining => CompletedTrials <= ResumedAt
        ? null
        : TimeSpan.FromSeconds(Elapsed.TotalSeconds * (TotalTrials - CompletedTrials) / (CompletedTrials - ResumedAt));
}
