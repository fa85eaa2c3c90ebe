namespace Simulator.Service.Api;

/// <summary>How far a run is.</summary>
/// <param name="CompletedTrials">Trials per regime completed.</param>
/// <param name="TotalTrials">Trials per regime the run completes.</param>
/// <param name="Fraction">Completed over total, 0 to 1.</param>
public sealed record ProgressView(long CompletedTrials, long TotalTrials, double Fraction);
