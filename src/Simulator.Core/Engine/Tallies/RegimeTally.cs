namespace Simulator.Engine.Tallies;

/// <summary>
/// Streaming, exact aggregate of one regime's trials. Holds no per-trial record: collapses are
/// counted per (tick, cause) (<see cref="CollapseHistogram"/>, dense over the horizon for frequent
/// causes) and verdict times per tick, so memory is bounded by the horizon's number of ticks, and
/// every field is an integer, so merging in any order gives the same result.
/// </summary>
public sealed class RegimeTally
{
    /// <summary>Cause ids must stay below this (key packing).</summary>
    public const int MaxCauses = 1 << 12;

    private readonly CollapseHistogram _eventsByTickAndCause;

    /// <summary>Creates an empty tally.</summary>
    /// <param name="horizonTicks">The run's horizon: verdict delays never exceed it, so the delay
    /// histogram is sized for it once and recording a verdict never allocates.</param>
    public RegimeTally(long horizonTicks = 0)
    {
        VerdictDelays = new VerdictDelayHistogram(horizonTicks);
        _eventsByTickAndCause = new CollapseHistogram(horizonTicks);
    }

    /// <summary>Trials added.</summary>
    public long Trials { get; private set; }

    /// <summary>Trials that collapsed before the horizon.</summary>
    public long Collapsed { get; private set; }

    /// <summary>Sum of min(duration, horizon) in ticks.</summary>
    public Int128 DurationTicksSum { get; private set; }

    /// <summary>Sum of squared min(duration, horizon) in ticks².</summary>
    public Int128 DurationTicksSquaresSum { get; private set; }

    /// <summary>Sums of every counter of <see cref="TrialOutcome"/>.</summary>
    public OutcomeTotals Totals { get; } = new();

    /// <summary>
    /// Filing-to-verdict delay of every delivered verdict. Filled by the engine as verdicts are
    /// delivered (a <see cref="TrialOutcome"/> carries only their sum), not by <see cref="Add"/>.
    /// </summary>
    public VerdictDelayHistogram VerdictDelays { get; }

    /// <summary>Collapses as ((tick &lt;&lt; 12) | cause) → count, enumerated in ascending key order.</summary>
    public IReadOnlyDictionary<long, long> EventsByTickAndCause => _eventsByTickAndCause;

    /// <summary>Adds one trial.</summary>
    public void Add(in TrialOutcome outcome)
    {
        Trials++;
        DurationTicksSum += outcome.DurationTicks;
        DurationTicksSquaresSum += (Int128)outcome.DurationTicks * outcome.DurationTicks;
        if (outcome.Collapsed)
        {
            Collapsed++;
            var key = (outcome.DurationTicks << 12) | (long)outcome.CauseId;
            _eventsByTickAndCause.Add(key, 1);
        }
        Totals.Add(outcome);
    }

    /// <summary>Adds another tally of the same regime (any order gives the same result).</summary>
    public void Merge(RegimeTally other)
    {
        Trials += other.Trials;
        Collapsed += other.Collapsed;
        DurationTicksSum += other.DurationTicksSum;
        DurationTicksSquaresSum += other.DurationTicksSquaresSum;
        _eventsByTickAndCause.Merge(other._eventsByTickAndCause);
        Totals.Merge(other.Totals);
        VerdictDelays.Merge(other.VerdictDelays);
    }

    /// <summary>Clears for reuse without releasing capacity.</summary>
    public void Clear()
    {
        Trials = 0;
        Collapsed = 0;
        DurationTicksSum = 0;
        DurationTicksSquaresSum = 0;
        _eventsByTickAndCause.Clear();
        Totals.Clear();
        VerdictDelays.Clear();
    }

    /// <summary>
    /// Sets every field from saved values (a checkpoint being read back); the tally must be empty.
    /// <see cref="Totals"/> is public and is restored by the caller.
    /// </summary>
    public void Restore(long trials, long collapsed, Int128 durationTicksSum, Int128 durationTicksSquaresSum,
        IEnumerable<KeyValuePair<long, long>> eventsByTickAndCause)
    {
        if (Trials != 0 || _eventsByTickAndCause.Count != 0) throw new InvalidOperationException("Restore needs an empty tally.");
        Trials = trials;
        Collapsed = collapsed;
        DurationTicksSum = durationTicksSum;
        DurationTicksSquaresSum = durationTicksSquaresSum;
        foreach (var (key, count) in eventsByTickAndCause)
        {
            if (_eventsByTickAndCause.ContainsKey(key)) throw new ArgumentException($"the collapse histogram lists key {key} twice", nameof(eventsByTickAndCause));
            _eventsByTickAndCause.Add(key, count);
        }
    }

    /// <summary>Tick of a packed key.</summary>
    public static long TickOf(long key) => key >> 12;

    /// <summary>Cause of a packed key.</summary>
    public static int CauseOf(long key) => (int)(key & (MaxCauses - 1));
}
