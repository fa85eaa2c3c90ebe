using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>summary.json › comparisons[]: a regime against the baseline over the same trials.</summary>
public sealed record ComparisonSummary
{
    /// <summary>The regime.</summary>
    [JsonPropertyName("regime")]
    public string Regime { get; init; } = "";

    /// <summary>The baseline.</summary>
    [JsonPropertyName("baseline")]
    public string Baseline { get; init; } = "";

    /// <summary>Paired trials.</summary>
    [JsonPropertyName("pairs")]
    public long Pairs { get; init; }

    /// <summary>Difference in the probability of holding at each report day.</summary>
    [JsonPropertyName("hold_differences")]
    public IReadOnlyList<HoldDifference> HoldDifferences { get; init; } = [];

    /// <summary>Difference in restricted mean days.</summary>
    [JsonPropertyName("restricted_mean_difference_days")]
    public RestrictedMeanDifference? RestrictedMeanDifferenceDays { get; init; }

    /// <summary>Log-rank test.</summary>
    [JsonPropertyName("logrank")]
    public LogRankSummary? LogRank { get; init; }
}
