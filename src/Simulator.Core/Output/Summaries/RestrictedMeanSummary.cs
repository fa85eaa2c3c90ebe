using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>Restricted mean days to the horizon.</summary>
public sealed record RestrictedMeanSummary
{
    /// <summary>Estimate.</summary>
    [JsonPropertyName("estimate")]
    public double Estimate { get; init; }

    /// <summary>Standard error.</summary>
    [JsonPropertyName("std_error")]
    public double StdError { get; init; }

    /// <summary>Lower 95 % bound.</summary>
    [JsonPropertyName("lower95")]
    public double Lower95 { get; init; }

    /// <summary>Upper 95 % bound.</summary>
    [JsonPropertyName("upper95")]
    public double Upper95 { get; init; }
}
