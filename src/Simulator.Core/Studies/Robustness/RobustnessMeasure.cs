namespace Simulator.Studies.Robustness;

/// <summary>One output of every regime in every world.</summary>
/// <param name="Name">Its name in robustness.csv: holds_365, rmst, cost_per_trial, inspections_per_trial, refusals_per_trial.</param>
/// <param name="HigherIsBetter">True for durability; false for cost and intrusiveness.</param>
/// <param name="Values">[world][regime]; NaN where a world gave no value.</param>
public sealed record RobustnessMeasure(string Name, bool HigherIsBetter, IReadOnlyList<double[]> Values);
