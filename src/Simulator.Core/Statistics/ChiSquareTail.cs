using MathNet.Numerics;

namespace Simulator.Statistics;

/// <summary>
/// Upper tail of the chi-square distribution, P(X ≥ x) = Q(df/2, x/2), the regularised upper
/// incomplete gamma function. Computed directly (not as 1 − CDF, which rounds to 0 near p = 1e−16),
/// and also as a base-10 logarithm that stays finite where the probability itself underflows.
/// </summary>
internal static class ChiSquareTail
{
    // Q(a, x) from MathNet reaches the smallest doubles near x = 700 and returns 0 beyond; switch
    // to the asymptotic expansion of the logarithm well before that.
    private const double AsymptoticFromHalfChi = 600;

    /// <summary>The p-value; 0 only where it underflows double precision.</summary>
    public static double PValue(double chiSquare, double df)
    {
        Validate(chiSquare, df);
        if (chiSquare <= 0) return 1;
        if (double.IsPositiveInfinity(chiSquare)) return 0; // MathNet gives NaN at infinity
        return SpecialFunctions.GammaUpperRegularized(df / 2, chiSquare / 2);
    }

    /// <summary>log10 of the p-value, finite for every finite statistic.</summary>
    public static double Log10PValue(double chiSquare, double df)
    {
        Validate(chiSquare, df);
        if (chiSquare <= 0) return 0;
        if (double.IsPositiveInfinity(chiSquare)) return double.NegativeInfinity;
        double a = df / 2, x = chiSquare / 2;
        if (x < AsymptoticFromHalfChi) return Math.Log10(SpecialFunctions.GammaUpperRegularized(a, x));

        // Q(a, x) ~ x^(a−1) e^(−x) / Γ(a) · Σ_k (a−1)(a−2)…(a−k) / x^k, an asymptotic series: add
        // terms while they shrink (for x ≥ 600 and the small df of a log-rank test that is far
        // beyond double precision).
        double sum = 1, term = 1;
        for (var k = 1; k < 60; k++)
        {
            var next = term * (a - k) / x;
            if (Math.Abs(next) >= Math.Abs(term) || next == 0) break;
            term = next;
            sum += term;
        }
        var ln = (a - 1) * Math.Log(x) - x - SpecialFunctions.GammaLn(a) + Math.Log(sum);
        return ln / Math.Log(10);
    }

    private static void Validate(double chiSquare, double df)
    {
        if (double.IsNaN(chiSquare)) throw new ArgumentOutOfRangeException(nameof(chiSquare), chiSquare, "The chi-square statistic is NaN; the test's inputs are degenerate.");
        if (!(df > 0)) throw new ArgumentOutOfRangeException(nameof(df), df, "A chi-square test needs at least one degree of freedom.");
    }
}
