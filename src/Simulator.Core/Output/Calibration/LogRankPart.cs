using System.Text.Json.Serialization;

namespace Simulator.Output.Calibration;

/// <summary>A group's <c>logrank</c>.</summary>
public sealed record LogRankPart
{
    /// <summary>Observed events.</summary>
    [JsonPropertyName("observed")]
    public double Observed { get; init; }

    /// <summary>Events the model expects.</summary>
    [JsonPropertyName("expected")]
    public double Expected { get; init; }

    /// <summary>χ² statistic.</summary>
    [JsonPropertyName("chi_square")]
    public double ChiSquare { get; init; }

    /// <summary>p-value.</summary>
    [JsonPropertyName("p_value")]
    public double PValue { get; init; }
}
