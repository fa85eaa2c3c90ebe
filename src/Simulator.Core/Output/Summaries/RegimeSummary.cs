using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>summary.json › regimes[]: one regime's statistics (absent before any trial), verification and cost.</summary>
public sealed record RegimeSummary
{
    /// <summary>Id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    /// <summary>Readable name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>none, mediators, joint or third_party.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; init; } = "";

    /// <summary>Trials completed.</summary>
    [JsonPropertyName("trials")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Trials { get; init; }

    /// <summary>Trials that collapsed before the horizon.</summary>
    [JsonPropertyName("collapsed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Collapsed { get; init; }

    /// <summary>Collapsed / trials.</summary>
    [JsonPropertyName("collapsed_share")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? CollapsedShare { get; init; }

    /// <summary>Probability of holding at each report day.</summary>
    [JsonPropertyName("holds")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DayInterval>? Holds { get; init; }

    /// <summary>Nelson–Aalen cumulative hazard at each report day.</summary>
    [JsonPropertyName("cumulative_hazard")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DayValue>? CumulativeHazard { get; init; }

    /// <summary>Days by which 25, 50, 75 % have collapsed.</summary>
    [JsonPropertyName("quartiles_days")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<QuartileSummary>? QuartilesDays { get; init; }

    /// <summary>Mean days held up to the horizon.</summary>
    [JsonPropertyName("restricted_mean_days")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RestrictedMeanSummary? RestrictedMeanDays { get; init; }

    /// <summary>Weibull fit.</summary>
    [JsonPropertyName("weibull")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public WeibullSummary? Weibull { get; init; }

    /// <summary>Causes of collapse, most frequent first.</summary>
    [JsonPropertyName("causes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CauseSummary>? Causes { get; init; }

    /// <summary>Verification counts and rates.</summary>
    [JsonPropertyName("verification")]
    public VerificationSummary? Verification { get; init; }

    /// <summary>Cost and intrusiveness.</summary>
    [JsonPropertyName("cost")]
    public CostSummary? Cost { get; init; }
}
