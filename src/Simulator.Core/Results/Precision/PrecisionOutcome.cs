namespace Simulator.Results.Precision;

/// <summary>How a precision-driven run went: the goal, the trials it took, and why it stopped.</summary>
/// <param name="Goal">The goal.</param>
/// <param name="FirstBatch">Trials in the first batch.</param>
/// <param name="Trials">Trials per regime completed.</param>
/// <param name="StoppedBecause">Why it stopped.</param>
/// <param name="Checks">The check after every batch, in order; the last is the one reported.</param>
public sealed record PrecisionOutcome(
    PrecisionGoal Goal,
    long FirstBatch,
    long Trials,
    PrecisionStop StoppedBecause,
    IReadOnlyList<PrecisionCheck> Checks)
{
    /// <summary>The check of the final tally; null when no batch completed a trial.</summary>
    public PrecisionCheck? Final => Checks.Count == 0 ? null : Checks[^1];
}
