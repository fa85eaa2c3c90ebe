namespace Simulator.Reports;

/// <summary>Cumulative incidence of one cause at one day (causes.csv).</summary>
public sealed record IncidencePoint(string Cause, double Day, double Incidence, double? StandardError);
