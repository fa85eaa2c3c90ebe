using System.Globalization;
using MathNet.Numerics.Distributions;

namespace Simulator.Model;

/// <summary>
/// A distribution over one scenario value, sampled by inversion: <see cref="Quantile"/> maps a
/// probability u ∈ (0, 1) to a value, so Latin hypercube, Monte Carlo, Sobol and Morris designs are
/// all built in the unit cube and mapped through it. Truncated families are inverted within their
/// truncation interval (the value has the conditional distribution given it lies there).
/// </summary>
public sealed record UncertainDistribution
{
    private const double Z90 = 1.2815515655446004;

    /// <summary>The family.</summary>
    public required UncertainKind Kind { get; init; }

    /// <summary>Lower end of the support (after truncation); unused for discrete.</summary>
    public double Min { get; init; }

    /// <summary>Upper end of the support (after truncation); unused for discrete.</summary>
    public double Max { get; init; }

    /// <summary>Triangular: the mode. Normal: the mean. Log-normal: the median. Beta: alpha. Gamma: the shape.</summary>
    public double A { get; init; }

    /// <summary>Normal: the standard deviation. Log-normal: the 90th percentile. Beta: beta. Gamma: the scale.</summary>
    public double B { get; init; }

    /// <summary>Discrete: the values as YAML scalar text.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>The value at cumulative probability <paramref name="u"/> (continuous families).</summary>
    public double Quantile(double u)
    {
        u = Math.Clamp(u, 1e-12, 1 - 1e-12);
        var x = Kind switch
        {
            UncertainKind.Uniform => Min + u * (Max - Min),
            UncertainKind.Triangular => Triangle(u),
            UncertainKind.Beta => Min + (Max - Min) * MathNet.Numerics.Distributions.Beta.InvCDF(A, B, u),
            UncertainKind.Normal => TruncatedNormal(u, A, B, Min, Max),
            UncertainKind.LogNormal => Math.Exp(TruncatedNormal(u, Math.Log(A), LogSigma, Math.Log(Math.Max(Min, double.Epsilon)), Math.Log(Max))),
            UncertainKind.Gamma => TruncatedGamma(u),
            _ => throw new InvalidOperationException("A discrete distribution has no numeric quantile; use its Values."),
        };
        return Math.Clamp(x, Min, Max);
    }

    /// <summary>
    /// Probability mass of the untruncated normal or log-normal within [Min, Max] (1 for the other
    /// families): a truncation that keeps almost nothing is an error in the file.
    /// </summary>
    public double KeptMass => Kind switch
    {
        UncertainKind.Normal => Normal.CDF(A, B, Max) - Normal.CDF(A, B, Min),
        UncertainKind.LogNormal => Normal.CDF(Math.Log(A), LogSigma, Math.Log(Max)) - (Min > 0 ? Normal.CDF(Math.Log(A), LogSigma, Math.Log(Min)) : 0),
        UncertainKind.Gamma => GammaCdf(Max) - GammaCdf(Min),
        _ => 1,
    };

    /// <summary>Log-scale standard deviation of the log-normal.</summary>
    private double LogSigma => (Math.Log(B) - Math.Log(A)) / Z90;

    /// <summary>How it reads in tables: <c>uniform(0.05, 0.12)</c>.</summary>
    public string Describe() => Kind switch
    {
        UncertainKind.Uniform => $"uniform({N(Min)}, {N(Max)})",
        UncertainKind.Triangular => $"triangular({N(Min)}, {N(A)}, {N(Max)})",
        UncertainKind.Normal => $"normal({N(A)}, {N(B)}) on [{N(Min)}, {N(Max)}]",
        UncertainKind.Beta => $"beta({N(A)}, {N(B)}) on [{N(Min)}, {N(Max)}]",
        UncertainKind.LogNormal => $"lognormal(median {N(A)}, p90 {N(B)}) on [{N(Min)}, {N(Max)}]",
        UncertainKind.Gamma => $"gamma(shape {N(A)}, scale {N(B)}) on [{N(Min)}, {N(Max)}]",
        _ => $"discrete[{string.Join(", ", Values)}]",
    };

    private double Triangle(double u)
    {
        var width = Max - Min;
        var f = (A - Min) / width;
        return u < f ? Min + Math.Sqrt(u * width * (A - Min)) : Max - Math.Sqrt((1 - u) * width * (Max - A));
    }

    // Gamma(shape A, scale B) within [Min, Max]; the whole support when the truncation keeps it all.
    private double GammaCdf(double x) => x <= 0 ? 0 : x >= 1e300 ? 1 : MathNet.Numerics.Distributions.Gamma.CDF(A, 1 / B, x);

    private double TruncatedGamma(double u)
    {
        var fl = GammaCdf(Min);
        var fh = GammaCdf(Max);
        var p = Math.Clamp(fl + u * (fh - fl), 1e-300, 1 - 1e-16);
        return MathNet.Numerics.Distributions.Gamma.InvCDF(A, 1 / B, p);
    }

    private static double TruncatedNormal(double u, double mean, double sd, double lo, double hi)
    {
        var fl = double.IsFinite(lo) ? Normal.CDF(mean, sd, lo) : 0;
        var fh = double.IsFinite(hi) ? Normal.CDF(mean, sd, hi) : 1;
        var p = Math.Clamp(fl + u * (fh - fl), 1e-300, 1 - 1e-16);
        return Normal.InvCDF(mean, sd, p);
    }

    private static string N(double value) => value >= 1e300 ? "∞" : value.ToString("G6", CultureInfo.InvariantCulture);
}
