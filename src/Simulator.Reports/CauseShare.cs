namespace Simulator.Reports;

/// <summary>A cause of collapse with its count and share of collapses (summary.json).</summary>
public sealed record CauseShare(string Cause, long Collapses, double ShareOfCollapses);
