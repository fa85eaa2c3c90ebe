using System.Text.Json.Serialization;

namespace Simulator.Output.Calibration;

/// <summary>One entry of calibration.json's <c>parameters</c>.</summary>
public sealed record FittedParameterPart
{
    /// <summary>The parameter's key path.</summary>
    [JsonPropertyName("path")]
    public string Path { get; init; } = "";

    /// <summary>The estimate.</summary>
    [JsonPropertyName("estimate")]
    public double Estimate { get; init; }

    /// <summary>Lower end of the 95% profile interval; null when none was computed.</summary>
    [JsonPropertyName("lower95")]
    public double? Lower95 { get; init; }

    /// <summary>Upper end of the 95% profile interval; null when none was computed.</summary>
    [JsonPropertyName("upper95")]
    public double? Upper95 { get; init; }

    /// <summary>Lower end of the searched range.</summary>
    [JsonPropertyName("lower_bound")]
    public double LowerBound { get; init; }

    /// <summary>Upper end of the searched range.</summary>
    [JsonPropertyName("upper_bound")]
    public double UpperBound { get; init; }

    /// <summary>True when the interval's lower end is the range's (absent without an interval).</summary>
    [JsonPropertyName("lower95_at_bound")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Lower95AtBound { get; init; }

    /// <summary>True when the interval's upper end is the range's (absent without an interval).</summary>
    [JsonPropertyName("upper95_at_bound")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Upper95AtBound { get; init; }
}
