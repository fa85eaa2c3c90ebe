using MathNet.Numerics;

namespace Simulator.Studies.Discovery;

/// <summary>The upper tail of the binomial distribution, summed term by term in log space so tiny tails keep their digits.</summary>
public static class BinomialTail
{
    /// <summary>P(X ≥ <paramref name="k"/>) for X ~ Binomial(<paramref name="n"/>, <paramref name="p"/>).</summary>
    public static double AtLeast(int k, int n, double p)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (k <= 0) return 1;
        if (k > n) return 0;
        if (p <= 0) return 0;
        if (p >= 1) return 1;
        double sum = 0;
        for (var j = k; j <= n; j++)
        {
            sum += Math.Exp(SpecialFunctions.GammaLn(n + 1) - SpecialFunctions.GammaLn(j + 1) - SpecialFunctions.GammaLn(n - j + 1)
                + j * Math.Log(p) + (n - j) * Math.Log(1 - p));
        }
        return Math.Min(1, sum);
    }
}
