using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>One check of a precision-driven run.</summary>
public sealed record PrecisionBatch
{
    /// <summary>Trials when checked.</summary>
    [JsonPropertyName("trials")]
    public long Trials { get; init; }

    /// <summary>Largest half-width then.</summary>
    [JsonPropertyName("max_half_width")]
    public double MaxHalfWidth { get; init; }
}
