using System.Text.Json.Serialization;

namespace Simulator.Output.Calibration;

/// <summary>One entry of a group's <c>holds</c>.</summary>
public sealed record HoldComparisonPart
{
    /// <summary>The report day.</summary>
    [JsonPropertyName("day")]
    public double Day { get; init; }

    /// <summary>The data's survival.</summary>
    [JsonPropertyName("data")]
    public double Data { get; init; }

    /// <summary>Its lower 95% bound.</summary>
    [JsonPropertyName("data_lower95")]
    public double DataLower95 { get; init; }

    /// <summary>Its upper 95% bound.</summary>
    [JsonPropertyName("data_upper95")]
    public double DataUpper95 { get; init; }

    /// <summary>The model's survival.</summary>
    [JsonPropertyName("model")]
    public double Model { get; init; }

    /// <summary>Its lower 95% bound.</summary>
    [JsonPropertyName("model_lower95")]
    public double ModelLower95 { get; init; }

    /// <summary>Its upper 95% bound.</summary>
    [JsonPropertyName("model_upper95")]
    public double ModelUpper95 { get; init; }
}
