using System.Text.Json.Serialization;

namespace Simulator.Output.Calibration;

/// <summary>One entry of a group's <c>intervals</c>.</summary>
public sealed record HazardIntervalPart
{
    /// <summary>The interval's node (day).</summary>
    [JsonPropertyName("node_day")]
    public double NodeDay { get; init; }

    /// <summary>Events in the interval.</summary>
    [JsonPropertyName("events")]
    public double Events { get; init; }

    /// <summary>Exposure in the interval, in days.</summary>
    [JsonPropertyName("exposure_days")]
    public double ExposureDays { get; init; }

    /// <summary>Events per day of exposure; null without exposure.</summary>
    [JsonPropertyName("data_hazard")]
    public double? DataHazard { get; init; }

    /// <summary>The model's hazard.</summary>
    [JsonPropertyName("model_hazard")]
    public double ModelHazard { get; init; }
}
