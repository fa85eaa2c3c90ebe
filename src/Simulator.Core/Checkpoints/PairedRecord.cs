using Simulator.Engine.Tallies;

namespace Simulator.Checkpoints;

/// <summary>One <see cref="PairedTally"/> as data.</summary>
/// <param name="Pairs">Pairs added.</param>
/// <param name="DifferenceSum">Sum of differences in ticks.</param>
/// <param name="DifferenceSquaresSum">Sum of squared differences.</param>
/// <param name="Cells">2×2 tables, 4 cells per day (index 2·regimeHolds + baselineHolds).</param>
public sealed record PairedRecord(long Pairs, Int128 DifferenceSum, Int128 DifferenceSquaresSum, long[] Cells);
