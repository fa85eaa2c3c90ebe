namespace Simulator.Engine.Tallies;

/// <summary>
/// Paired comparison of one regime with the baseline over the same trials (common random numbers):
/// a 2×2 table of "holds at day t" per report day and at the horizon, and sums of the per-trial
/// difference in min(duration, horizon). Exact integers, so merge order does not matter.
/// </summary>
public sealed class PairedTally
{
    private readonly long[] _reportTicks;
    private readonly long[,] _table; // [day, cell] with cell = 2·regimeHolds + baselineHolds

    /// <summary>Creates a tally for the given report days (the horizon is appended as the last).</summary>
    public PairedTally(IReadOnlyList<double> reportDays, double horizonDays)
    {
        _reportTicks = reportDays.Select(TimeResolution.ToTicks).Append(TimeResolution.ToTicks(horizonDays)).ToArray();
        _table = new long[_reportTicks.Length, 4];
    }

    /// <summary>Report days in ticks, the horizon last.</summary>
    public IReadOnlyList<long> DayTicks => _reportTicks;

    /// <summary>Pairs added.</summary>
    public long Pairs { get; private set; }

    /// <summary>Sum of (regime − baseline) min(duration, horizon) in ticks.</summary>
    public Int128 DifferenceSum { get; private set; }

    /// <summary>Sum of squared differences in ticks².</summary>
    public Int128 DifferenceSquaresSum { get; private set; }

    /// <summary>Pairs where holding at day index <paramref name="day"/> is (regime, baseline).</summary>
    public long Count(int day, bool regimeHolds, bool baselineHolds) => _table[day, (regimeHolds ? 2 : 0) + (baselineHolds ? 1 : 0)];

    /// <summary>Adds one trial's pair of outcomes.</summary>
    public void Add(in TrialOutcome regime, in TrialOutcome baseline)
    {
        Pairs++;
        for (var d = 0; d < _reportTicks.Length; d++)
        {
            var r = Holds(regime, _reportTicks[d]);
            var b = Holds(baseline, _reportTicks[d]);
            _table[d, (r ? 2 : 0) + (b ? 1 : 0)]++;
        }
        long diff = regime.DurationTicks - baseline.DurationTicks;
        DifferenceSum += diff;
        DifferenceSquaresSum += (Int128)diff * diff;
    }

    /// <summary>Adds another tally over the same days.</summary>
    public void Merge(PairedTally other)
    {
        Pairs += other.Pairs;
        DifferenceSum += other.DifferenceSum;
        DifferenceSquaresSum += other.DifferenceSquaresSum;
        for (var d = 0; d < _reportTicks.Length; d++)
        {
            for (var c = 0; c < 4; c++) _table[d, c] += other._table[d, c];
        }
    }

    /// <summary>Clears for reuse.</summary>
    public void Clear()
    {
        Pairs = 0;
        DifferenceSum = 0;
        DifferenceSquaresSum = 0;
        Array.Clear(_table);
    }

    /// <summary>
    /// Sets every field from saved values (a checkpoint being read back). <paramref name="cells"/>
    /// holds the 2×2 tables day by day, 4 cells each in the order of <see cref="Count"/>'s
    /// index 2·regimeHolds + baselineHolds.
    /// </summary>
    public void Restore(long pairs, Int128 differenceSum, Int128 differenceSquaresSum, ReadOnlySpan<long> cells)
    {
        if (cells.Length != _table.Length)
        {
            throw new ArgumentException($"Expected {_table.Length} cells ({_reportTicks.Length} days × 4), got {cells.Length}.", nameof(cells));
        }
        Pairs = pairs;
        DifferenceSum = differenceSum;
        DifferenceSquaresSum = differenceSquaresSum;
        for (var d = 0; d < _reportTicks.Length; d++)
        {
            for (var c = 0; c < 4; c++) _table[d, c] = cells[d * 4 + c];
        }
    }

    // The truce holds at day t when it had not collapsed by t (a collapse at exactly t counts as fallen).
    private static bool Holds(in TrialOutcome o, long tick) => !o.Collapsed || o.DurationTicks > tick;
}
