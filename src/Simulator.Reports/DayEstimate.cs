namespace Simulator.Reports;

/// <summary>An estimate with its 95 % interval at one day.</summary>
public sealed record DayEstimate(double Day, double Estimate, double? Lower, double? Upper);
