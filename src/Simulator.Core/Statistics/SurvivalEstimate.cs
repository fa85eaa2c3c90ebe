namespace Simulator.Statistics;

/// <summary>The Kaplan–Meier survival at one chosen day with its confidence interval.</summary>
/// <param name="Day">The day asked for.</param>
/// <param name="Survival">Probability that the truce still holds at <paramref name="Day"/>.</param>
/// <param name="StandardError">Greenwood standard error.</param>
/// <param name="Lower">Lower log-log confidence limit.</param>
/// <param name="Upper">Upper log-log confidence limit.</param>
public sealed record SurvivalEstimate(double Day, double Survival, double StandardError, double Lower, double Upper);
