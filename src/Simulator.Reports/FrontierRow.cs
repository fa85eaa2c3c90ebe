namespace Simulator.Reports;

/// <summary>A regime on the cost–durability chart: its cost, its durability with an interval, and whether it is Pareto-efficient.</summary>
public sealed record FrontierRow(string Regime, double Cost, double Inspections, double Holds, double Lower, double Upper, bool Efficient);
