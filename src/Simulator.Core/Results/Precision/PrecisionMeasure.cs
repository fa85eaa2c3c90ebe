namespace Simulator.Results.Precision;

/// <summary>The precision reached for one regime (or one regime against the baseline).</summary>
/// <param name="RegimeId">The regime.</param>
/// <param name="BaselineId">The baseline for a paired target; null otherwise.</param>
/// <param name="Estimate">The estimate (probability, days, or difference).</param>
/// <param name="HalfWidth">Its 95 % half-width (see <see cref="PrecisionEvaluator"/>).</param>
public sealed record PrecisionMeasure(string RegimeId, string? BaselineId, double Estimate, double HalfWidth);
