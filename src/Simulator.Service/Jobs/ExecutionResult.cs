namespace Simulator.Service.Jobs;

/// <summary>How an execution ended.</summary>
/// <param name="Partial">Cancelled before every trial ran (outputs marked partial, checkpoint kept).</param>
/// <param name="CompletedTrials">Trials per regime completed.</param>
public sealed record ExecutionResult(bool Partial, long CompletedTrials);
