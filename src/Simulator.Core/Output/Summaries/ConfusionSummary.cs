using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>Claims × verdicts of one regime.</summary>
public sealed record ConfusionSummary
{
    /// <summary>True claims confirmed.</summary>
    [JsonPropertyName("true_confirmed")]
    public long TrueConfirmed { get; init; }

    /// <summary>True claims refuted.</summary>
    [JsonPropertyName("true_refuted")]
    public long TrueRefuted { get; init; }

    /// <summary>True claims inconclusive.</summary>
    [JsonPropertyName("true_inconclusive")]
    public long TrueInconclusive { get; init; }

    /// <summary>Unfounded claims confirmed.</summary>
    [JsonPropertyName("unfounded_confirmed")]
    public long UnfoundedConfirmed { get; init; }

    /// <summary>Unfounded claims refuted.</summary>
    [JsonPropertyName("unfounded_refuted")]
    public long UnfoundedRefuted { get; init; }

    /// <summary>Unfounded claims inconclusive.</summary>
    [JsonPropertyName("unfounded_inconclusive")]
    public long UnfoundedInconclusive { get; init; }
}
