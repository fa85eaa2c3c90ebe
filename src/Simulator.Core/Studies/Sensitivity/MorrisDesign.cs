namespace Simulator.Studies.Sensitivity;

/// <summary>
/// Morris' elementary-effects screening. Each parameter's probability range is cut into p levels,
/// placed at the centres of p equal strata ((l + ½)/p, so unbounded distributions are never asked
/// for their 0 or 1 quantile). A trajectory starts at random levels and moves one parameter at a
/// time, in random order, by Δ = p/2 levels (half the unit range: up from the lower half, down from
/// the upper half): k + 1 points, one elementary effect per parameter. r trajectories: r(k + 1) runs.
/// </summary>
public sealed class MorrisDesign
{
    private readonly int[][] _moved;
    private readonly double[][] _steps;

    private MorrisDesign(int r, int k, int levels, double[][] rows, int[][] moved, double[][] steps)
    {
        Trajectories = r;
        Parameters = k;
        Levels = levels;
        Rows = rows;
        _moved = moved;
        _steps = steps;
    }

    /// <summary>Trajectories r.</summary>
    public int Trajectories { get; }

    /// <summary>Parameters k.</summary>
    public int Parameters { get; }

    /// <summary>Levels p (even).</summary>
    public int Levels { get; }

    /// <summary>Rows per trajectory: k + 1.</summary>
    public int GroupSize => Parameters + 1;

    /// <summary>Every point to evaluate, trajectory by trajectory.</summary>
    public IReadOnlyList<double[]> Rows { get; }

    /// <summary>The design of <paramref name="r"/> trajectories over <paramref name="k"/> parameters with <paramref name="levels"/> levels.</summary>
    public static MorrisDesign Create(int r, int k, ulong seed, int levels = 4)
    {
        if (r < 2) throw new ArgumentOutOfRangeException(nameof(r), r, "Morris screening needs at least 2 trajectories.");
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "Morris screening needs at least one parameter.");
        if (levels < 2 || levels % 2 != 0) throw new ArgumentOutOfRangeException(nameof(levels), levels, "The number of levels must be even and at least 2.");
        var random = new UnitRandom(seed, UnitRandom.Morris);
        var rows = new List<double[]>(r * (k + 1));
        var moved = new int[r][];
        var steps = new double[r][];
        var jump = levels / 2;
        for (var t = 0; t < r; t++)
        {
            var level = new int[k];
            for (var i = 0; i < k; i++) level[i] = random.Next(levels);
            rows.Add(level.Select(l => (l + 0.5) / levels).ToArray());
            moved[t] = random.Permutation(k);
            steps[t] = new double[k];
            foreach (var i in moved[t])
            {
                var up = level[i] < jump;
                level[i] += up ? jump : -jump;
                steps[t][i] = (up ? jump : -jump) / (double)levels;
                rows.Add(level.Select(l => (l + 0.5) / levels).ToArray());
            }
        }
        return new MorrisDesign(r, k, levels, [.. rows], moved, steps);
    }

    /// <summary>μ*, μ and σ of every parameter's elementary effects over the whole trajectories in <paramref name="outputs"/>.</summary>
    public IReadOnlyList<MorrisIndex> Analyze(IReadOnlyList<double> outputs, ulong seed, int resamples = SobolIndex.DefaultResamples, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var r = outputs.Count / GroupSize;
        var effects = new double[Parameters][];
        for (var i = 0; i < Parameters; i++) effects[i] = new double[r];
        for (var t = 0; t < r; t++)
        {
            var at = t * GroupSize;
            for (var s = 0; s < Parameters; s++)
            {
                var i = _moved[t][s];
                effects[i][t] = (outputs[at + s + 1] - outputs[at + s]) / _steps[t][i];
            }
        }
        return MorrisIndex.Estimate(effects, seed, resamples, level);
    }
}
