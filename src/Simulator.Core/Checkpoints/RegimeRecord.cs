using Simulator.Engine.Tallies;

namespace Simulator.Checkpoints;

/// <summary>One <see cref="RegimeTally"/> as data.</summary>
/// <param name="Trials">Trials added.</param>
/// <param name="Collapsed">Trials that collapsed.</param>
/// <param name="DurationTicksSum">Sum of durations in ticks.</param>
/// <param name="DurationTicksSquaresSum">Sum of squared durations.</param>
/// <param name="Totals">The outcome totals in <see cref="OutcomeTotalsFields"/> order.</param>
/// <param name="Events">Collapse histogram, sorted by packed key (from a live tally: its histogram itself, not a copy).</param>
/// <param name="VerdictDelays">Verdict-delay histogram.</param>
public sealed record RegimeRecord(
    long Trials, long Collapsed, Int128 DurationTicksSum, Int128 DurationTicksSquaresSum, long[] Totals,
    IReadOnlyCollection<KeyValuePair<long, long>> Events, VerdictDelayRecord VerdictDelays);
