namespace Simulator.Studies.Calibration;

/// <summary>
/// The smooth intervals over which the data's hazard is compared with the model's: K nodes at
/// quantiles of the observed event times, each interval a "hat" in log time. Before the first node
/// a day belongs wholly to interval 1, after the last wholly to interval K, and between nodes m_k and
/// m_(k+1) its weight passes from interval k to k+1 linearly in ln t. Every simulated duration that
/// moves with the parameters therefore moves its weight smoothly, and the objective has neither
/// jumps nor the small-scale roughness hard interval edges give under common random numbers
/// (docs/calibration.md).
/// </summary>
public sealed record HazardBins
{
    /// <summary>Most intervals.</summary>
    public const int MaxBins = 10;

    /// <summary>Observed events wanted per interval (fewer intervals when the data have few events).</summary>
    public const int EventsPerBin = 8;

    /// <summary>Nodes closer than this ratio are merged (a ramp needs some width).</summary>
    public const double MinNodeRatio = 1.1;

    private readonly double[] _nodes;

    private HazardBins(double[] nodes, double horizon)
    {
        _nodes = nodes;
        HorizonDays = horizon;
    }

    /// <summary>The nodes m_1 &lt; … &lt; m_K: where each interval's weight is whole.</summary>
    public IReadOnlyList<double> Nodes => _nodes;

    /// <summary>The horizon.</summary>
    public double HorizonDays { get; }

    /// <summary>Number of intervals K.</summary>
    public int Count => _nodes.Length;

    /// <summary>Days from 0 to the horizon that interval <paramref name="k"/> covers (its weight's integral).</summary>
    public double Width(int k)
    {
        Span<double> e = stackalloc double[Count];
        Exposures(HorizonDays, e);
        return e[k];
    }

    /// <summary>The intervals for event times <paramref name="eventDays"/> up to <paramref name="horizonDays"/>: nodes at the midpoints of K equal-count groups of events.</summary>
    public static HazardBins FromEvents(IReadOnlyCollection<double> eventDays, double horizonDays)
    {
        ArgumentNullException.ThrowIfNull(eventDays);
        if (!(horizonDays > 0) || !double.IsFinite(horizonDays)) throw new ArgumentOutOfRangeException(nameof(horizonDays), horizonDays, "The horizon must be a positive number of days.");
        var sorted = eventDays.Where(d => d > 0 && d <= horizonDays).Order().ToArray();
        if (sorted.Length == 0) return new HazardBins([horizonDays / 2], horizonDays);
        var k = Math.Clamp(sorted.Length / EventsPerBin, 1, MaxBins);
        var nodes = new List<double>();
        for (var i = 0; i < k; i++)
        {
            var node = sorted[Math.Min(sorted.Length - 1, (int)Math.Floor((i + 0.5) * sorted.Length / k))];
            if (nodes.Count == 0 || node > nodes[^1] * MinNodeRatio) nodes.Add(node);
        }
        return new HazardBins(nodes.ToArray(), horizonDays);
    }

    /// <summary>Given nodes (positive, increasing by at least <see cref="MinNodeRatio"/>) and horizon; for tests.</summary>
    public static HazardBins Of(IReadOnlyList<double> nodes, double horizonDays)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        if (nodes.Count == 0 || !(nodes[0] > 0)) throw new ArgumentException("Give at least one positive node.", nameof(nodes));
        for (var i = 1; i < nodes.Count; i++)
        {
            if (!(nodes[i] >= nodes[i - 1] * MinNodeRatio)) throw new ArgumentException("Nodes must increase by the minimum ratio.", nameof(nodes));
        }
        return new HazardBins(nodes.ToArray(), horizonDays);
    }

    /// <summary>The weight of day <paramref name="day"/> in each interval (they sum to 1; at most two are non-zero).</summary>
    public void Weights(double day, Span<double> weights)
    {
        var upper = 1.0; // weight beyond the previous ramp
        for (var k = 0; k < Count; k++)
        {
            var beyond = k + 1 < Count ? Step(day, _nodes[k], _nodes[k + 1]) : 0;
            weights[k] = upper - beyond;
            upper = beyond;
        }
    }

    /// <summary>Days spent in each interval by a subject at risk from day 0 to <paramref name="day"/> (∫ weights; they sum to the day).</summary>
    public void Exposures(double day, Span<double> exposures)
    {
        var upper = day; // ∫₀^day of the weight beyond the previous ramp
        for (var k = 0; k < Count; k++)
        {
            var beyond = k + 1 < Count ? StepIntegral(day, _nodes[k], _nodes[k + 1]) : 0;
            exposures[k] = upper - beyond;
            upper = beyond;
        }
    }

    // The weight beyond the ramp from a to c: 0 before a, 1 after c, ln(t/a) / ln(c/a) between.
    private static double Step(double t, double a, double c) =>
        t <= a ? 0 : t >= c ? 1 : Math.Log(t / a) / Math.Log(c / a);

    // ∫₀^t of Step: (t ln(t/a) − t + a) / ln(c/a) on the ramp, t − (c − a) / ln(c/a) after it.
    private static double StepIntegral(double t, double a, double c)
    {
        if (t <= a) return 0;
        var span = Math.Log(c / a);
        if (t >= c) return t - (c - a) / span;
        return (t * Math.Log(t / a) - t + a) / span;
    }
}
