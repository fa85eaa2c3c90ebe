using System.Text.Json;
using Simulator.Output;
using Simulator.Scenarios;
using Simulator.Scenarios.Loading;

namespace Simulator.Reports;

/// <summary>One point of a Kaplan–Meier curve as survival.csv lists it.</summary>
public sealed record CurvePoint(double Day, double Survival, double? Lower, double? Upper);
