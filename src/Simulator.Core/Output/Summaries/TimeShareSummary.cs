using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>Share of trial time in each truce state.</summary>
public sealed record TimeShareSummary
{
    /// <summary>Holding.</summary>
    [JsonPropertyName("holding")]
    public double Holding { get; init; }

    /// <summary>Strained.</summary>
    [JsonPropertyName("strained")]
    public double Strained { get; init; }

    /// <summary>Escalating.</summary>
    [JsonPropertyName("escalating")]
    public double Escalating { get; init; }
}
