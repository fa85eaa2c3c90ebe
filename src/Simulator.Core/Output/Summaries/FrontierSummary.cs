using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>summary.json › frontier[]: a regime on cost and intrusiveness against durability at the horizon, as frontier.csv.</summary>
public sealed record FrontierSummary
{
    /// <summary>Regime id.</summary>
    [JsonPropertyName("regime")]
    public string Regime { get; init; } = "";

    /// <summary>Mean cost of one trial.</summary>
    [JsonPropertyName("cost_per_trial")]
    public double CostPerTrial { get; init; }

    /// <summary>Inspections made per trial.</summary>
    [JsonPropertyName("inspections_per_trial")]
    public double? InspectionsPerTrial { get; init; }

    /// <summary>Inspections refused per trial.</summary>
    [JsonPropertyName("refusals_per_trial")]
    public double? RefusalsPerTrial { get; init; }

    /// <summary>Probability the truce holds at the horizon, with its 95 % interval.</summary>
    [JsonPropertyName("holds_horizon")]
    public DayInterval? HoldsHorizon { get; init; }

    /// <summary>Restricted mean days held, with its 95 % interval.</summary>
    [JsonPropertyName("rmst")]
    public DayInterval? Rmst { get; init; }

    /// <summary>No other regime costs no more and holds at least as often at the horizon, one of the two strictly.</summary>
    [JsonPropertyName("efficient")]
    public bool Efficient { get; init; }

    /// <summary>The same with inspections per trial as a third thing to keep low.</summary>
    [JsonPropertyName("efficient_with_intrusiveness")]
    public bool EfficientWithIntrusiveness { get; init; }
}
