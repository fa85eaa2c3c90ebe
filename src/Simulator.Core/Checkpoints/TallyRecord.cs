using Simulator.Engine.Tallies;
using Simulator.Model;

namespace Simulator.Checkpoints;

/// <summary>
/// A <see cref="RunTally"/> as plain data: every field of every regime and paired tally, the
/// collapse histogram sorted by key. Independent of the scenario object, so a checkpoint can be
/// read, checked and compared before the scenario is reloaded.
/// </summary>
public sealed record TallyRecord
{
    /// <summary>Position of the baseline among the selected regimes.</summary>
    public required int BaselinePosition { get; init; }

    /// <summary>The paired tallies' days in ticks (report days, then the horizon).</summary>
    public required long[] DayTicks { get; init; }

    /// <summary>Per selected regime.</summary>
    public required RegimeRecord[] Regimes { get; init; }

    /// <summary>Per selected regime, paired with the baseline.</summary>
    public required PairedRecord[] Paired { get; init; }

    /// <summary>
    /// Copies <paramref name="tally"/> exactly, except the collapse histograms, which the record reads
    /// from the tally itself: encode it before the tally changes (checkpoints are written on the thread
    /// that merges, between merges).
    /// </summary>
    public static TallyRecord From(RunTally tally) => new()
    {
        BaselinePosition = tally.BaselinePosition,
        DayTicks = tally.Paired.Length == 0 ? [] : tally.Paired[0].DayTicks.ToArray(),
        Regimes = tally.Regimes.Select(r => new RegimeRecord(
            r.Trials, r.Collapsed, r.DurationTicksSum, r.DurationTicksSquaresSum,
            OutcomeTotalsFields.ToArray(r.Totals),
            r.EventsByTickAndCause, // not copied: a histogram can hold millions of keys, and the record is encoded at once
            new VerdictDelayRecord(r.VerdictDelays.MinTicks, r.VerdictDelays.MaxTicks, r.VerdictDelays.NonEmptyBins().ToArray()))).ToArray(),
        Paired = tally.Paired.Select(p => new PairedRecord(p.Pairs, p.DifferenceSum, p.DifferenceSquaresSum, Cells(p))).ToArray(),
    };

    /// <summary>
    /// Rebuilds the tally for <paramref name="scenario"/> (which must have the same report days and
    /// horizon); throws <see cref="CheckpointException"/> when the shapes differ.
    /// </summary>
    public RunTally ToTally(Scenario scenario)
    {
        var tally = new RunTally(scenario, Regimes.Length, BaselinePosition);
        if (Paired.Length != Regimes.Length)
        {
            throw new CheckpointException($"the checkpoint holds {Regimes.Length} regime tallies but {Paired.Length} paired tallies");
        }
        for (var r = 0; r < Regimes.Length; r++)
        {
            if (!tally.Paired[r].DayTicks.SequenceEqual(DayTicks))
            {
                throw new CheckpointException("the checkpoint's report days or horizon differ from the scenario's");
            }
            var regime = Regimes[r];
            tally.Regimes[r].Restore(regime.Trials, regime.Collapsed, regime.DurationTicksSum, regime.DurationTicksSquaresSum, regime.Events);
            OutcomeTotalsFields.FromArray(regime.Totals, tally.Regimes[r].Totals);
            tally.Regimes[r].VerdictDelays.Restore(regime.VerdictDelays.MinTicks, regime.VerdictDelays.MaxTicks, regime.VerdictDelays.Bins);
            var paired = Paired[r];
            tally.Paired[r].Restore(paired.Pairs, paired.DifferenceSum, paired.DifferenceSquaresSum, paired.Cells);
        }
        return tally;
    }

    private static long[] Cells(PairedTally p)
    {
        var cells = new long[p.DayTicks.Count * 4];
        for (var d = 0; d < p.DayTicks.Count; d++)
        {
            for (var c = 0; c < 4; c++) cells[d * 4 + c] = p.Count(d, regimeHolds: (c & 2) != 0, baselineHolds: (c & 1) != 0);
        }
        return cells;
    }
}
