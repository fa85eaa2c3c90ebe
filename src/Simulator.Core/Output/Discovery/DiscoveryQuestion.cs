namespace Simulator.Output.Discovery;

/// <summary>What a discovery asked: which outputs of which regime, and when a point is a case of interest.</summary>
/// <param name="PointsFile">sample.csv or sweep.csv.</param>
/// <param name="Partial">True when that file holds a cancelled study's points.</param>
/// <param name="Regime">Regime id.</param>
/// <param name="Output">holds, rmst or paired.</param>
/// <param name="Column">The column read: holds_365, rmst, diff_holds_horizon…</param>
/// <param name="Condition">above or below.</param>
/// <param name="Threshold">The value compared with (strictly).</param>
/// <param name="Parameters">The parameters' key paths.</param>
public sealed record DiscoveryQuestion(string PointsFile, bool Partial, string Regime, string Output, string Column, string Condition, double Threshold, IReadOnlyList<string> Parameters);
