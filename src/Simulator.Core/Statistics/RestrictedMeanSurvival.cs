namespace Simulator.Statistics;

/// <summary>
/// Restricted mean survival time: the expected number of days the truce holds within the first
/// <see cref="Horizon"/> days (the area under the Kaplan–Meier curve up to the horizon).
/// </summary>
/// <param name="Horizon">Upper limit of integration, days.</param>
/// <param name="Estimate">Restricted mean, days.</param>
/// <param name="StandardError">Standard error as R's <c>print(fit, rmean = Horizon)</c> reports it.</param>
/// <param name="Lower">Lower Wald limit, Estimate − z·SE.</param>
/// <param name="Upper">Upper Wald limit, Estimate + z·SE.</param>
public sealed record RestrictedMeanSurvival(double Horizon, double Estimate, double StandardError, double Lower, double Upper);
