namespace Simulator.Statistics;

/// <summary>One cause's cumulative incidence at one time.</summary>
/// <param name="Time">Time in days.</param>
/// <param name="Incidence">Probability of having collapsed from this cause by <paramref name="Time"/>.</param>
/// <param name="StandardError">Delta-method standard error (see <see cref="CumulativeIncidence"/>).</param>
public readonly record struct CumulativeIncidencePoint(double Time, double Incidence, double StandardError);
