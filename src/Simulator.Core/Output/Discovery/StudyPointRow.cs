namespace Simulator.Output.Discovery;

/// <summary>One row of sweep.csv or sample.csv: a point's parameter values, its regime and that regime's outputs.</summary>
/// <param name="Line">Line in the file (the header is line 1).</param>
/// <param name="Point">Point number.</param>
/// <param name="Parameters">The varied parameters' values, in the file's column order.</param>
/// <param name="Regime">Regime id.</param>
/// <param name="Baseline">Baseline regime id.</param>
/// <param name="Values">Every output column by name; null where empty.</param>
public sealed record StudyPointRow(int Line, int Point, double[] Parameters, string Regime, string Baseline, IReadOnlyDictionary<string, double?> Values);
