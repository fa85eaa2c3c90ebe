namespace Simulator.Studies.Sensitivity;

/// <summary>
/// First-order and total Sobol indices of one parameter, with percentile bootstrap intervals.
/// Jansen's estimators: with V the variance of the outputs at A and B,
/// S_i = (V − ½·mean[(f(B) − f(A_B^i))²]) / V and S_Ti = ½·mean[(f(A) − f(A_B^i))²] / V.
/// </summary>
/// <param name="Parameter">Position of the parameter.</param>
/// <param name="First">First-order index S_i: the share of the output's variance due to the parameter alone.</param>
/// <param name="FirstLower">Lower bootstrap limit of S_i.</param>
/// <param name="FirstUpper">Upper bootstrap limit of S_i.</param>
/// <param name="Total">Total index S_Ti: the share due to the parameter including all its interactions.</param>
/// <param name="TotalLower">Lower bootstrap limit of S_Ti.</param>
/// <param name="TotalUpper">Upper bootstrap limit of S_Ti.</param>
public sealed record SobolIndex(int Parameter, double First, double FirstLower, double FirstUpper, double Total, double TotalLower, double TotalUpper)
{
    /// <summary>Bootstrap resamples by default.</summary>
    public const int DefaultResamples = 1000;

    /// <summary>
    /// Estimates every parameter's indices from f(A), f(B) and f(A_B^i); the bootstrap resamples the
    /// base samples j (all k + 2 outputs of a sample together) with replacement. When the outputs do
    /// not vary at all the indices are 0 (nothing to apportion).
    /// </summary>
    public static IReadOnlyList<SobolIndex> Estimate(double[] fa, double[] fb, double[][] fab, ulong seed, int resamples = DefaultResamples, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(fa);
        ArgumentNullException.ThrowIfNull(fb);
        ArgumentNullException.ThrowIfNull(fab);
        var n = fa.Length;
        var k = fab.Length;
        var all = Enumerable.Range(0, n).ToArray();
        var point = Compute(fa, fb, fab, all);
        var random = new UnitRandom(seed, UnitRandom.Bootstrap);
        var first = new double[k][];
        var total = new double[k][];
        for (var i = 0; i < k; i++)
        {
            first[i] = new double[resamples];
            total[i] = new double[resamples];
        }
        var sample = new int[n];
        for (var b = 0; b < resamples; b++)
        {
            for (var j = 0; j < n; j++) sample[j] = random.Next(n);
            var r = Compute(fa, fb, fab, sample);
            for (var i = 0; i < k; i++)
            {
                first[i][b] = r[i].First;
                total[i][b] = r[i].Total;
            }
        }
        var tail = (1 - level) / 2;
        return Enumerable.Range(0, k).Select(i => new SobolIndex(i,
            point[i].First, Percentile(first[i], tail), Percentile(first[i], 1 - tail),
            point[i].Total, Percentile(total[i], tail), Percentile(total[i], 1 - tail))).ToArray();
    }

    private static (double First, double Total)[] Compute(double[] fa, double[] fb, double[][] fab, int[] rows)
    {
        var n = rows.Length;
        double sum = 0, sumSq = 0;
        foreach (var j in rows)
        {
            sum += fa[j] + fb[j];
            sumSq += fa[j] * fa[j] + fb[j] * fb[j];
        }
        var m = 2.0 * n;
        var variance = (sumSq - sum * sum / m) / (m - 1);
        var result = new (double, double)[fab.Length];
        for (var i = 0; i < fab.Length; i++)
        {
            double firstSum = 0, totalSum = 0;
            foreach (var j in rows)
            {
                var dB = fb[j] - fab[i][j];
                var dA = fa[j] - fab[i][j];
                firstSum += dB * dB;
                totalSum += dA * dA;
            }
            result[i] = variance > 0
                ? ((variance - firstSum / (2.0 * n)) / variance, totalSum / (2.0 * n) / variance)
                : (0, 0);
        }
        return result;
    }

    /// <summary>The <paramref name="p"/> quantile of <paramref name="values"/> (type 7, as R's default); sorts in place.</summary>
    internal static double Percentile(double[] values, double p)
    {
        Array.Sort(values);
        var h = (values.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(values.Length - 1, lo + 1);
        return values[lo] + (h - lo) * (values[hi] - values[lo]);
    }
}
