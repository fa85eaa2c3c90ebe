using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>The Weibull fit of the time to collapse; the estimates only when it converged.</summary>
public sealed record WeibullSummary
{
    /// <summary>Fit status.</summary>
    [JsonPropertyName("status")]
    public string Status { get; init; } = "";

    /// <summary>Shape k.</summary>
    [JsonPropertyName("shape")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Shape { get; init; }

    /// <summary>Lower 95 % bound of k.</summary>
    [JsonPropertyName("shape_lower95")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ShapeLower95 { get; init; }

    /// <summary>Upper 95 % bound of k.</summary>
    [JsonPropertyName("shape_upper95")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ShapeUpper95 { get; init; }

    /// <summary>Scale in days.</summary>
    [JsonPropertyName("scale_days")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ScaleDays { get; init; }

    /// <summary>Lower 95 % bound of the scale.</summary>
    [JsonPropertyName("scale_lower95")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ScaleLower95 { get; init; }

    /// <summary>Upper 95 % bound of the scale.</summary>
    [JsonPropertyName("scale_upper95")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ScaleUpper95 { get; init; }
}
