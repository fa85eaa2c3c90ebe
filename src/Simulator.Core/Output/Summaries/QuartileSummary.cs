using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>A quantile of the time to collapse (null when not reached).</summary>
public sealed record QuartileSummary
{
    /// <summary>Share collapsed.</summary>
    [JsonPropertyName("probability")]
    public double Probability { get; init; }

    /// <summary>Days.</summary>
    [JsonPropertyName("estimate")]
    public double? Estimate { get; init; }

    /// <summary>Lower 95 % bound.</summary>
    [JsonPropertyName("lower95")]
    public double? Lower95 { get; init; }

    /// <summary>Upper 95 % bound.</summary>
    [JsonPropertyName("upper95")]
    public double? Upper95 { get; init; }
}
