namespace Simulator.Studies.Sensitivity;

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
