using MathNet.Numerics.Distributions;

namespace Simulator.Studies.Calibration;

/// <summary>
/// How far above its minimum the deviance may rise inside a 95% region: the χ² quantile (Wilks),
/// widened by 1 + c·n/N for the simulation's own noise (n observed subjects in the largest group, N
/// simulated trials per regime). A simulated estimator's variance is that of the data's estimator
/// times 1 + n/N when its noise is a fixed shape (Gouriéroux &amp; Monfort 1996); under common random
/// numbers the noise also slides with the parameters, which adds more. The known-answer measurement
/// gives c ≈ 3 for this objective (docs/calibration.md), and c = <see cref="SimulationNoiseFactor"/> is used.
/// </summary>
public static class ProfileThreshold
{
    /// <summary>Confidence level of the intervals and bands.</summary>
    public const double Level = 0.95;

    /// <summary>The simulation's variance relative to the data's, per unit of n/N (measured; docs/calibration.md).</summary>
    public const double SimulationNoiseFactor = 3;

    /// <summary>The threshold for <paramref name="degreesOfFreedom"/> parameters (1 for a profile interval).</summary>
    public static double For(int degreesOfFreedom, long subjects, long trials)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        return ChiSquared.InvCDF(degreesOfFreedom, Level) * (1 + SimulationNoiseFactor * subjects / (double)trials);
    }
}
