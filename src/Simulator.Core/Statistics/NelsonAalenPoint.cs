namespace Simulator.Statistics;

/// <summary>The Nelson–Aalen cumulative hazard just after one distinct time.</summary>
/// <param name="Time">Time in days.</param>
/// <param name="CumulativeHazard">Σ d/n over times up to <paramref name="Time"/>.</param>
/// <param name="StandardError">√Σ d/n² (Aalen's variance, R's <c>fit$std.chaz</c>).</param>
public readonly record struct NelsonAalenPoint(double Time, double CumulativeHazard, double StandardError);
