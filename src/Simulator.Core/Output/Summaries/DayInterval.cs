using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>An estimate with its 95 % interval at one day.</summary>
public sealed record DayInterval
{
    /// <summary>Day.</summary>
    [JsonPropertyName("day")]
    public double Day { get; init; }

    /// <summary>Estimate.</summary>
    [JsonPropertyName("estimate")]
    public double Estimate { get; init; }

    /// <summary>Lower 95 % bound.</summary>
    [JsonPropertyName("lower95")]
    public double Lower95 { get; init; }

    /// <summary>Upper 95 % bound.</summary>
    [JsonPropertyName("upper95")]
    public double Upper95 { get; init; }
}
