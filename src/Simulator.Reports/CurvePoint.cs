namespace Simulator.Reports;

/// <summary>One point of a Kaplan–Meier curve as survival.csv lists it.</summary>
public sealed record CurvePoint(double Day, double Survival, double? Lower, double? Upper);
