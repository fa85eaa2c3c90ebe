using MathNet.Numerics.LinearAlgebra;

namespace Simulator.Statistics;

/// <summary>
/// The log-rank test that k groups share one survival curve, as R's
/// <c>survdiff(Surv(time, status) ~ group)</c>: at each event time the observed failures of each
/// group are compared with those expected if the hazard were common, and the summed differences are
/// weighed by their hypergeometric covariance. It treats the groups as independent samples.
/// </summary>
/// <param name="ChiSquare">The test statistic (O − E)ᵀ V⁻ (O − E).</param>
/// <param name="DegreesOfFreedom">Number of informative groups − 1.</param>
/// <param name="PValue">Upper chi-square tail, Q(df/2, χ²/2); 0 only where it underflows a double.</param>
/// <param name="Log10PValue">log10 of the p-value, finite even where <paramref name="PValue"/> underflows.</param>
/// <param name="Observed">Observed events per group, in input order.</param>
/// <param name="Expected">Expected events per group under a common hazard.</param>
public sealed record LogRankTest(
    double ChiSquare,
    int DegreesOfFreedom,
    double PValue,
    double Log10PValue,
    IReadOnlyList<double> Observed,
    IReadOnlyList<double> Expected)
{
    /// <summary>Two-sample test.</summary>
    public static LogRankTest Compute(SurvivalTable first, SurvivalTable second) => Compute([first, second]);

    /// <summary>k-sample test over the given groups (at least two).</summary>
    /// <exception cref="ArgumentException">Fewer than two groups.</exception>
    public static LogRankTest Compute(IReadOnlyList<SurvivalTable> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count < 2) throw new ArgumentException($"The log-rank test compares at least two groups; {groups.Count} given.", nameof(groups));
        var k = groups.Count;
        var observed = new double[k];
        var expected = new double[k];
        var v = new double[k, k];

        var atRisk = groups.Select(g => g.Subjects).ToArray();
        var row = new int[k];
        var times = UnionOfTimes(groups);
        var deaths = new long[k];
        var leaving = new long[k];
        foreach (var t in times)
        {
            long n = 0, d = 0;
            for (var g = 0; g < k; g++)
            {
                var table = groups[g];
                var here = row[g] < table.Count && table.Times[row[g]] == t;
                deaths[g] = here ? table.Events[row[g]] : 0;
                leaving[g] = here ? table.Events[row[g]] + table.Censored[row[g]] : 0;
                if (here) row[g]++;
                n += atRisk[g];
                d += deaths[g];
            }
            if (d > 0)
            {
                // Hypergeometric covariance of the group counts given n at risk and d failures;
                // it vanishes when a single subject is at risk (R's survdiff does the same).
                var factor = n > 1 ? (double)d * (n - d) / ((double)n * n * (n - 1)) : 0;
                for (var g = 0; g < k; g++)
                {
                    observed[g] += deaths[g];
                    expected[g] += (double)d * atRisk[g] / n;
                    for (var h = 0; h < k; h++)
                    {
                        v[g, h] += factor * atRisk[g] * ((g == h ? n : 0) - atRisk[h]);
                    }
                }
            }
            for (var g = 0; g < k; g++) atRisk[g] -= leaving[g];
        }

        var (chi, df) = Statistic(observed, expected, v);
        return new LogRankTest(chi, df, df == 0 ? 1 : ChiSquareTail.PValue(chi, df), df == 0 ? 0 : ChiSquareTail.Log10PValue(chi, df), observed, expected);
    }

    // Every group's distinct times, increasing: a k-way merge of the tables' sorted times (each
    // table's are distinct and increasing), linear in the rows instead of a hash and a sort.
    private static double[] UnionOfTimes(IReadOnlyList<SurvivalTable> groups)
    {
        var next = new int[groups.Count];
        var union = new List<double>(groups.Max(g => g.Count));
        while (true)
        {
            var t = double.PositiveInfinity;
            for (var g = 0; g < groups.Count; g++)
            {
                if (next[g] < groups[g].Count) t = Math.Min(t, groups[g].Times[next[g]]);
            }
            if (double.IsPositiveInfinity(t)) return union.ToArray();
            union.Add(t);
            for (var g = 0; g < groups.Count; g++)
            {
                if (next[g] < groups[g].Count && groups[g].Times[next[g]] == t) next[g]++;
            }
        }
    }

    // Groups with no variance (nobody at risk at any event time) carry no information and would make
    // V singular; drop them, then drop one more (V's rows sum to zero) and solve.
    private static (double Chi, int Df) Statistic(double[] observed, double[] expected, double[,] v)
    {
        var informative = Enumerable.Range(0, observed.Length).Where(g => v[g, g] > 0).ToArray();
        if (informative.Length < 2) return (0, 0);
        var used = informative[..^1];
        var m = used.Length;
        var matrix = Matrix<double>.Build.Dense(m, m, (i, j) => v[used[i], used[j]]);
        var diff = Vector<double>.Build.Dense(m, i => observed[used[i]] - expected[used[i]]);
        var chi = diff.DotProduct(matrix.Solve(diff));
        return (Math.Max(chi, 0), m);
    }
}
