namespace Simulator.Studies.Calibration;

/// <summary>The best point a search found.</summary>
/// <param name="Point">The parameter values (within the box).</param>
/// <param name="Value">The objective there.</param>
/// <param name="Evaluations">Objective evaluations the search asked for (repeats included).</param>
/// <param name="Converged">True when the simplex shrank below the tolerance; false when the budget ran out first.</param>
public sealed record BoxMinimum(IReadOnlyList<double> Point, double Value, int Evaluations, bool Converged);
