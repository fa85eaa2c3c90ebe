using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>One measure at the last check of a precision-driven run.</summary>
public sealed record PrecisionHalfWidth
{
    /// <summary>The regime.</summary>
    [JsonPropertyName("regime")]
    public string Regime { get; init; } = "";

    /// <summary>The baseline, for a paired measure; absent otherwise.</summary>
    [JsonPropertyName("baseline")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Baseline { get; init; }

    /// <summary>Estimate.</summary>
    [JsonPropertyName("estimate")]
    public double Estimate { get; init; }

    /// <summary>95 % half-width.</summary>
    [JsonPropertyName("half_width")]
    public double HalfWidth { get; init; }
}
