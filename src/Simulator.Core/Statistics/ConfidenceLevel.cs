using MathNet.Numerics.Distributions;

namespace Simulator.Statistics;

/// <summary>Normal quantiles for two-sided intervals (R: <c>qnorm(1 − (1 − level)/2)</c>).</summary>
internal static class ConfidenceLevel
{
    /// <summary>The default level of every interval in the simulator.</summary>
    public const double Default = 0.95;

    /// <summary>z such that a two-sided normal interval ±z has coverage <paramref name="level"/>.</summary>
    public static double Z(double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1, e.g. 0.95.");
        }
        return Normal.InvCDF(0, 1, 1 - (1 - level) / 2);
    }
}
