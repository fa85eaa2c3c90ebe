using Simulator.Statistics;

namespace Simulator.Results;

/// <summary>One regime against the baseline over the same trials.</summary>
public sealed record ComparisonReport
{
    /// <summary>The regime compared.</summary>
    public required string RegimeId { get; init; }

    /// <summary>The baseline regime.</summary>
    public required string BaselineId { get; init; }

    /// <summary>Paired differences (the intervals to trust under common random numbers).</summary>
    public required PairedDifference Paired { get; init; }

    /// <summary>Log-rank test treating the two regimes as independent samples (conservative here).</summary>
    public required LogRankTest LogRank { get; init; }
}
