namespace Simulator.Statistics;

/// <summary>
/// A quantile of the time to failure (R's <c>quantile.survfit</c>): the day by which a share
/// <see cref="Probability"/> of subjects have failed, with its Brookmeyer–Crowley interval.
/// Null means "not reached": the curve (or the confidence curve) never falls that far.
/// </summary>
/// <param name="Probability">Share failed, e.g. 0.5 for the median.</param>
/// <param name="Estimate">Quantile in days, or null when not reached.</param>
/// <param name="Lower">Lower confidence limit in days, or null when not reached.</param>
/// <param name="Upper">Upper confidence limit in days, or null when not reached.</param>
public sealed record SurvivalQuantile(double Probability, double? Estimate, double? Lower, double? Upper);
