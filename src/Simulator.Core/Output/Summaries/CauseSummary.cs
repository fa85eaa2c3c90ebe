using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>One cause of collapse of a regime.</summary>
public sealed record CauseSummary
{
    /// <summary>commitment:trigger.</summary>
    [JsonPropertyName("cause")]
    public string Cause { get; init; } = "";

    /// <summary>Collapses from it.</summary>
    [JsonPropertyName("collapses")]
    public long Collapses { get; init; }

    /// <summary>Its share of the collapses.</summary>
    [JsonPropertyName("share_of_collapses")]
    public double ShareOfCollapses { get; init; }

    /// <summary>Its share of the trials.</summary>
    [JsonPropertyName("share_of_trials")]
    public double ShareOfTrials { get; init; }

    /// <summary>Aalen–Johansen cumulative incidence at each report day.</summary>
    [JsonPropertyName("cumulative_incidence")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DayValue>? CumulativeIncidence { get; init; }
}
