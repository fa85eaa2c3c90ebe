namespace Simulator.Studies.Sensitivity;

/// <summary>Designs in the unit cube (0, 1)^k: each row is one point, later mapped through each parameter's quantile function.</summary>
public static class UnitDesigns
{
    /// <summary>
    /// Latin hypercube: each parameter's range of probability is cut into n equal strata and every
    /// stratum is used exactly once, at a uniform position within it; strata are paired at random.
    /// </summary>
    public static double[][] LatinHypercube(int n, int k, ulong seed)
    {
        var random = new UnitRandom(seed, UnitRandom.LatinHypercube);
        var rows = NewRows(n, k);
        for (var i = 0; i < k; i++)
        {
            var strata = random.Permutation(n);
            for (var j = 0; j < n; j++) rows[j][i] = (strata[j] + random.Next()) / n;
        }
        return rows;
    }

    /// <summary>Plain Monte Carlo: independent uniform draws.</summary>
    public static double[][] MonteCarlo(int n, int k, ulong seed)
    {
        var random = new UnitRandom(seed, UnitRandom.MonteCarlo);
        var rows = NewRows(n, k);
        foreach (var row in rows)
        {
            for (var i = 0; i < k; i++) row[i] = random.Next();
        }
        return rows;
    }

    internal static double[][] NewRows(int n, int k) => Enumerable.Range(0, n).Select(_ => new double[k]).ToArray();
}
