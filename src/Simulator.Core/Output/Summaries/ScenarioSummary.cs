using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>summary.json › scenario.</summary>
public sealed record ScenarioSummary
{
    /// <summary>Scenario name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>File name (without folders) or the built-in name.</summary>
    [JsonPropertyName("source")]
    public string Source { get; init; } = "";

    /// <summary>SHA-256 of the resolved scenario.</summary>
    [JsonPropertyName("hash")]
    public string Hash { get; init; } = "";

    /// <summary>The copy of the scenario text in the folder.</summary>
    [JsonPropertyName("copy")]
    public string Copy { get; init; } = "";

    /// <summary>Overrides applied, in order.</summary>
    [JsonPropertyName("overrides")]
    public IReadOnlyList<string> Overrides { get; init; } = [];
}
