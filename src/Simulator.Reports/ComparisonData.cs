namespace Simulator.Reports;

/// <summary>A regime compared with the baseline over the same trials (summary.json).</summary>
public sealed record ComparisonData
{
    /// <summary>The regime.</summary>
    public required string RegimeId { get; init; }

    /// <summary>The baseline.</summary>
    public required string BaselineId { get; init; }

    /// <summary>Regime − baseline probability of holding at each report day.</summary>
    public required IReadOnlyList<DayEstimate> HoldDifferences { get; init; }

    /// <summary>Regime − baseline restricted mean days.</summary>
    public DayEstimate? RestrictedMeanDifference { get; init; }

    /// <summary>Log-rank p-value (independent-sample, conservative here).</summary>
    public double? LogRankP { get; init; }
}
