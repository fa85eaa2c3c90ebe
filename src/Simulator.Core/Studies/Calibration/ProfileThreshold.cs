using MathNet.Numerics.Distributions;

namespace Simulator.Studies.Calibration;

/// <summary>
/// How far above its minimum the deviance may rise inside a 95% region: the χ² quantile (Wilks),
/// widened by 1 + n/N for the simulation's own noise (n observed subjects, N simulated trials per
/// regime), the variance inflation of simulated estimators (Gouriéroux &amp; Monfort 1996).
/// </summary>
public static class ProfileThreshold
{
    /// <summary>Confidence level of the intervals and bands.</summary>
    public const double Level = 0.95;

    /// <summary>The threshold for <paramref name="degreesOfFreedom"/> parameters (1 for a profile interval).</summary>
    public static double For(int degreesOfFreedom, long subjects, long trials)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        return ChiSquared.InvCDF(degreesOfFreedom, Level) * (1 + subjects / (double)trials);
    }
}
