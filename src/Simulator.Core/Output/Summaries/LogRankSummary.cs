using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>The log-rank test of a regime against the baseline.</summary>
public sealed record LogRankSummary
{
    /// <summary>χ² statistic.</summary>
    [JsonPropertyName("chi_square")]
    public double ChiSquare { get; init; }

    /// <summary>Degrees of freedom.</summary>
    [JsonPropertyName("df")]
    public int Df { get; init; }

    /// <summary>p-value.</summary>
    [JsonPropertyName("p_value")]
    public double PValue { get; init; }

    /// <summary>log10 of the p-value.</summary>
    [JsonPropertyName("log10_p_value")]
    public double Log10PValue { get; init; }
}
