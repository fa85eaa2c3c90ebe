namespace Simulator.Reports;

/// <summary>What a regime cost and how intrusive it was (summary.json's <c>cost</c>).</summary>
public sealed record CostData(double Total, double PerTrial, double? PerDayHeld, double? PerDayGained, long Inspections, long Refusals, long RefusalsReadAsConfirmation);
