using System.Text.Json.Serialization;

namespace Simulator.Output.Calibration;

/// <summary>calibration.json's <c>goodness_of_fit</c>.</summary>
public sealed record GoodnessOfFitPart
{
    /// <summary>Total deviance.</summary>
    [JsonPropertyName("deviance")]
    public double Deviance { get; init; }

    /// <summary>Degrees of freedom.</summary>
    [JsonPropertyName("df")]
    public int Df { get; init; }

    /// <summary>χ² p-value; null without degrees of freedom.</summary>
    [JsonPropertyName("p_value")]
    public double? PValue { get; init; }
}
