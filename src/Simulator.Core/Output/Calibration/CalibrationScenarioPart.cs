using System.Text.Json.Serialization;

namespace Simulator.Output.Calibration;

/// <summary>calibration.json's <c>scenario</c>.</summary>
public sealed record CalibrationScenarioPart
{
    /// <summary>The scenario's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>The scenario file's name (or "built-in").</summary>
    [JsonPropertyName("source")]
    public string Source { get; init; } = "";

    /// <summary>The overrides given with --set.</summary>
    [JsonPropertyName("overrides")]
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>The calibrated scenario's file name.</summary>
    [JsonPropertyName("calibrated")]
    public string Calibrated { get; init; } = "";

    /// <summary>The calibrated scenario's hash.</summary>
    [JsonPropertyName("calibrated_hash")]
    public string CalibratedHash { get; init; } = "";
}
