namespace Simulator.Studies.Calibration;

/// <summary>
/// The time intervals over which the data's hazard is compared with the model's: from day 0 to the
/// horizon, cut at quantiles of the observed event times so that each interval holds about the same
/// number of observed events. The cuts are soft: across a cut at b an event's weight passes from one
/// interval to the next linearly in log time, from b·e^(−s) to b·e^s (s = <see cref="Softness"/>),
/// so a simulated duration that moves with the parameters moves its weight smoothly and the
/// objective has no jumps (docs/calibration.md).
/// </summary>
public sealed record HazardBins
{
    /// <summary>Most intervals.</summary>
    public const int MaxBins = 10;

    /// <summary>Observed events wanted per interval (fewer intervals when the data have few events).</summary>
    public const int EventsPerBin = 8;

    /// <summary>Half-width of a cut's ramp in log time: weight moves between intervals from b·e^(−s) to b·e^s.</summary>
    public const double Softness = 0.1;

    private readonly double[] _cuts;

    private HazardBins(double[] cuts, double horizon)
    {
        _cuts = cuts;
        HorizonDays = horizon;
    }

    /// <summary>Boundaries 0 &lt; b[1] &lt; … &lt; b[K−1] &lt; horizon, with 0 and the horizon at the ends.</summary>
    public IReadOnlyList<double> Boundaries => [0, .. _cuts, HorizonDays];

    /// <summary>The horizon.</summary>
    public double HorizonDays { get; }

    /// <summary>Number of intervals K.</summary>
    public int Count => _cuts.Length + 1;

    /// <summary>Width of interval <paramref name="k"/> in days (between its nominal cuts).</summary>
    public double Width(int k) => Boundaries[k + 1] - Boundaries[k];

    /// <summary>The intervals for event times <paramref name="eventDays"/> up to <paramref name="horizonDays"/>.</summary>
    public static HazardBins FromEvents(IReadOnlyCollection<double> eventDays, double horizonDays)
    {
        ArgumentNullException.ThrowIfNull(eventDays);
        if (!(horizonDays > 0) || !double.IsFinite(horizonDays)) throw new ArgumentOutOfRangeException(nameof(horizonDays), horizonDays, "The horizon must be a positive number of days.");
        var sorted = eventDays.Where(d => d > 0 && d < horizonDays).Order().ToArray();
        var k = Math.Clamp(eventDays.Count / EventsPerBin, 1, MaxBins);
        var cuts = new List<double>();
        for (var i = 1; i < k && sorted.Length > 0; i++)
        {
            // The upper end of the i-th k-quantile, so tied event times stay in one interval.
            var cut = sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(i * sorted.Length / (double)k) - 1)];
            // Ramps must not overlap each other or the horizon.
            var previous = cuts.Count > 0 ? cuts[^1] : 0;
            if (cut > previous * Math.Exp(2 * Softness) && cut * Math.Exp(Softness) < horizonDays) cuts.Add(cut);
        }
        return new HazardBins(cuts.ToArray(), horizonDays);
    }

    /// <summary>Given cuts (inside the horizon, increasing, ramps apart) and horizon; for tests and for reading a calibration back.</summary>
    public static HazardBins Of(IReadOnlyList<double> cuts, double horizonDays)
    {
        ArgumentNullException.ThrowIfNull(cuts);
        for (var i = 0; i < cuts.Count; i++)
        {
            var previous = i == 0 ? 0 : cuts[i - 1] * Math.Exp(Softness);
            if (!(cuts[i] * Math.Exp(-Softness) > previous) || !(cuts[i] * Math.Exp(Softness) < horizonDays))
            {
                throw new ArgumentException("Cuts must increase, lie inside the horizon, and their ramps must not overlap.", nameof(cuts));
            }
        }
        return new HazardBins(cuts.ToArray(), horizonDays);
    }

    /// <summary>The weight of day <paramref name="day"/> in each interval (they sum to 1; at most two are non-zero).</summary>
    public void Weights(double day, Span<double> weights)
    {
        var upper = 1.0; // weight beyond the previous cut
        for (var k = 0; k < Count; k++)
        {
            var beyond = k < _cuts.Length ? Step(day, _cuts[k]) : 0;
            weights[k] = upper - beyond;
            upper = beyond;
        }
    }

    /// <summary>Days spent in each interval by a subject at risk from day 0 to <paramref name="day"/> (∫ weights; they sum to the day).</summary>
    public void Exposures(double day, Span<double> exposures)
    {
        var upper = day; // ∫₀^day of the weight beyond the previous cut
        for (var k = 0; k < Count; k++)
        {
            var beyond = k < _cuts.Length ? StepIntegral(day, _cuts[k]) : 0;
            exposures[k] = upper - beyond;
            upper = beyond;
        }
    }

    // The weight beyond a cut at b: 0 before b·e^(−s), 1 after b·e^s, linear in ln t between.
    private static double Step(double t, double b)
    {
        var a = b * Math.Exp(-Softness);
        var c = b * Math.Exp(Softness);
        return t <= a ? 0 : t >= c ? 1 : Math.Log(t / a) / (2 * Softness);
    }

    // ∫₀^t of Step: (t ln(t/a) − t + a) / 2s on the ramp, t − (c − a) / 2s after it.
    private static double StepIntegral(double t, double b)
    {
        var a = b * Math.Exp(-Softness);
        var c = b * Math.Exp(Softness);
        if (t <= a) return 0;
        if (t >= c) return t - (c - a) / (2 * Softness);
        return (t * Math.Log(t / a) - t + a) / (2 * Softness);
    }
}
