using Simulator.Engine.Tallies;

namespace Simulator.Checkpoints;

/// <summary>A <see cref="VerdictDelayHistogram"/> as data: its extremes and its non-empty bins in bin order.</summary>
/// <param name="MinTicks">Shortest delay recorded.</param>
/// <param name="MaxTicks">Longest delay recorded.</param>
/// <param name="Bins">(bin, count) for every non-empty bin, in bin order.</param>
public sealed record VerdictDelayRecord(long MinTicks, long MaxTicks, KeyValuePair<int, long>[] Bins);
