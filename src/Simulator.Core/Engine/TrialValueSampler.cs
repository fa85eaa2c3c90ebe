using Simulator.Model;

namespace Simulator.Engine;

/// <summary>
/// Draws one trial's value of a <see cref="TrialVariation"/> without allocating: closed-form
/// quantiles where they exist (uniform, triangular, normal, log-normal), and for gamma and beta,
/// whose quantiles need an iterative inversion, exact sampling (Marsaglia–Tsang for the gamma, a
/// ratio of gammas for the beta), with rejection for a truncated gamma (the loader keeps at least
/// 1% of its mass, so few draws are rejected).
/// </summary>
internal static class TrialValueSampler
{
    // A truncated gamma keeps ≥ 1% of its mass: 10,000 rejections in a row has probability < 1e-43.
    private const int MaxRejections = 10_000;

    /// <summary>One draw of <paramref name="d"/> (discrete values given in <paramref name="discrete"/>) from <paramref name="stream"/>.</summary>
    public static double Draw(UncertainDistribution d, double[] discrete, ref RandomStream stream)
    {
        if (discrete.Length > 0) return discrete[Math.Min((int)(stream.Uniform() * discrete.Length), discrete.Length - 1)];
        switch (d.Kind)
        {
            case UncertainKind.Gamma:
                for (var i = 0; i < MaxRejections; i++)
                {
                    var x = Gamma(d.A, ref stream) * d.B;
                    if (x >= d.Min && x <= d.Max) return x;
                }
                return Math.Clamp(d.A * d.B, d.Min, d.Max);
            case UncertainKind.Beta:
                var a = Gamma(d.A, ref stream);
                var b = Gamma(d.B, ref stream);
                var sum = a + b;
                return d.Min + (d.Max - d.Min) * (sum > 0 ? a / sum : 0.5);
            default:
                return d.Quantile(stream.Uniform());
        }
    }

    /// <summary>Gamma(shape, 1) by Marsaglia and Tsang (2000); below shape 1, Gamma(shape + 1) · U^(1/shape).</summary>
    private static double Gamma(double shape, ref RandomStream stream)
    {
        if (shape < 1)
        {
            var boost = Math.Pow(stream.Uniform(), 1 / shape);
            return Gamma(shape + 1, ref stream) * boost;
        }
        var dd = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * dd);
        while (true)
        {
            double z, v;
            do
            {
                z = stream.Normal();
                v = 1 + c * z;
            }
            while (v <= 0);
            v = v * v * v;
            var u = stream.Uniform();
            if (u < 1 - 0.0331 * z * z * z * z) return dd * v;
            if (Math.Log(u) < 0.5 * z * z + dd * (1 - v + Math.Log(v))) return dd * v;
        }
    }
}
