using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>summary.json › regimes[] › cost: what a regime costs over every trial, in the scenario's unit of cost.</summary>
public sealed record CostSummary
{
    /// <summary>Cost summed over every trial.</summary>
    [JsonPropertyName("total")]
    public double Total { get; init; }

    /// <summary>Mean cost of one trial.</summary>
    [JsonPropertyName("per_trial")]
    public double PerTrial { get; init; }

    /// <summary>Total cost per day of truce held; null when no day was held.</summary>
    [JsonPropertyName("per_day_held")]
    public double? PerDayHeld { get; init; }

    /// <summary>Extra cost per extra day held against the baseline; null for the baseline and when no day is gained.</summary>
    [JsonPropertyName("per_day_gained")]
    public double? PerDayGained { get; init; }

    /// <summary>Inspections made.</summary>
    [JsonPropertyName("inspections")]
    public long Inspections { get; init; }

    /// <summary>Inspections refused.</summary>
    [JsonPropertyName("refusals")]
    public long Refusals { get; init; }

    /// <summary>Refusals the claimant read as confirmation.</summary>
    [JsonPropertyName("refusals_read_as_confirmation")]
    public long RefusalsReadAsConfirmation { get; init; }
}
