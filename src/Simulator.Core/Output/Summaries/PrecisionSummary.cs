using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>summary.json › precision: the goal of a precision-driven run and how it stopped.</summary>
public sealed record PrecisionSummary
{
    /// <summary>holds, rmst or paired.</summary>
    [JsonPropertyName("target")]
    public string Target { get; init; } = "";

    /// <summary>The 95 % half-width aimed at.</summary>
    [JsonPropertyName("half_width_target")]
    public double HalfWidthTarget { get; init; }

    /// <summary>days or probability.</summary>
    [JsonPropertyName("half_width_unit")]
    public string HalfWidthUnit { get; init; } = "";

    /// <summary>Largest half-width reached (null before any check).</summary>
    [JsonPropertyName("achieved_max_half_width")]
    public double? AchievedMaxHalfWidth { get; init; }

    /// <summary>Trials run.</summary>
    [JsonPropertyName("trials")]
    public long Trials { get; init; }

    /// <summary>Bound on the trials.</summary>
    [JsonPropertyName("max_trials")]
    public long MaxTrials { get; init; }

    /// <summary>Trials of the first batch.</summary>
    [JsonPropertyName("first_batch")]
    public long FirstBatch { get; init; }

    /// <summary>Why the run stopped.</summary>
    [JsonPropertyName("stopped_because")]
    public string StoppedBecause { get; init; } = "";

    /// <summary>Each check.</summary>
    [JsonPropertyName("batches")]
    public IReadOnlyList<PrecisionBatch> Batches { get; init; } = [];

    /// <summary>The measures at the last check.</summary>
    [JsonPropertyName("half_widths")]
    public IReadOnlyList<PrecisionHalfWidth> HalfWidths { get; init; } = [];
}
