namespace Simulator.Sensitivity;

/// <summary>
/// Saltelli's sampling for Sobol indices: two independent n × k matrices A and B and, for each
/// parameter i, A with its column i taken from B (A_B^i). The rows are ordered by base sample j:
/// A_j, B_j, A_B^1_j, …, A_B^k_j, so any prefix of whole groups is itself a smaller valid design
/// (a cancelled run still gives indices over the groups it finished). n(k + 2) model runs.
/// </summary>
public sealed class SobolDesign
{
    private SobolDesign(int n, int k, double[][] rows)
    {
        BaseSamples = n;
        Parameters = k;
        Rows = rows;
    }

    /// <summary>Base samples n.</summary>
    public int BaseSamples { get; }

    /// <summary>Parameters k.</summary>
    public int Parameters { get; }

    /// <summary>Rows per base sample: k + 2.</summary>
    public int GroupSize => Parameters + 2;

    /// <summary>Every point to evaluate, in run order.</summary>
    public IReadOnlyList<double[]> Rows { get; }

    /// <summary>The design for <paramref name="n"/> base samples of <paramref name="k"/> parameters, from <paramref name="seed"/>.</summary>
    public static SobolDesign Create(int n, int k, ulong seed)
    {
        if (n < 2) throw new ArgumentOutOfRangeException(nameof(n), n, "Sobol indices need at least 2 base samples.");
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "Sobol indices need at least one parameter.");
        var random = new UnitRandom(seed, UnitRandom.Saltelli);
        var rows = new List<double[]>(n * (k + 2));
        for (var j = 0; j < n; j++)
        {
            var a = new double[k];
            var b = new double[k];
            for (var i = 0; i < k; i++) a[i] = random.Next();
            for (var i = 0; i < k; i++) b[i] = random.Next();
            rows.Add(a);
            rows.Add(b);
            for (var i = 0; i < k; i++)
            {
                var ab = (double[])a.Clone();
                ab[i] = b[i];
                rows.Add(ab);
            }
        }
        return new SobolDesign(n, k, [.. rows]);
    }

    /// <summary>
    /// Indices from the outputs of the first whole groups of rows (<paramref name="outputs"/>[r] is the
    /// model at <see cref="Rows"/>[r]; a trailing incomplete group is ignored).
    /// </summary>
    public IReadOnlyList<SobolIndex> Analyze(IReadOnlyList<double> outputs, ulong seed, int resamples = SobolIndex.DefaultResamples, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var n = outputs.Count / GroupSize;
        var fa = new double[n];
        var fb = new double[n];
        var fab = new double[Parameters][];
        for (var i = 0; i < Parameters; i++) fab[i] = new double[n];
        for (var j = 0; j < n; j++)
        {
            var at = j * GroupSize;
            fa[j] = outputs[at];
            fb[j] = outputs[at + 1];
            for (var i = 0; i < Parameters; i++) fab[i][j] = outputs[at + 2 + i];
        }
        return SobolIndex.Estimate(fa, fb, fab, seed, resamples, level);
    }
}

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
