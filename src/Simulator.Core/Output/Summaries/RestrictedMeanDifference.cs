using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>Regime − baseline restricted mean days.</summary>
public sealed record RestrictedMeanDifference
{
    /// <summary>Difference.</summary>
    [JsonPropertyName("difference")]
    public double Difference { get; init; }

    /// <summary>Lower 95 % bound.</summary>
    [JsonPropertyName("lower95")]
    public double Lower95 { get; init; }

    /// <summary>Upper 95 % bound.</summary>
    [JsonPropertyName("upper95")]
    public double Upper95 { get; init; }

    /// <summary>Variance of unpaired / paired difference.</summary>
    [JsonPropertyName("variance_reduction")]
    public double? VarianceReduction { get; init; }
}
