using System.Text.Json.Serialization;

namespace Simulator.Output;

/// <summary>timing.json: what varies between identical runs (docs/output-format.md), written and read through this one model.</summary>
public sealed record TimingDocument
{
    /// <summary>Wall-clock seconds of the simulation.</summary>
    [JsonPropertyName("elapsed_seconds")]
    public double ElapsedSeconds { get; init; }

    /// <summary>Worker threads used.</summary>
    [JsonPropertyName("threads")]
    public int Threads { get; init; }

    /// <summary>Logical processors of the machine.</summary>
    [JsonPropertyName("processor_count")]
    public int ProcessorCount { get; init; }

    /// <summary>Trials completed per regime.</summary>
    [JsonPropertyName("trials_completed")]
    public long TrialsCompleted { get; init; }

    /// <summary>True when the run was cancelled, as in summary.json.</summary>
    [JsonPropertyName("partial")]
    public bool Partial { get; init; }

    /// <summary>Trials per second (each trial counted once, whatever the number of regimes).</summary>
    [JsonPropertyName("trials_per_second")]
    public double TrialsPerSecond { get; init; }

    /// <summary>Trials times regimes per second.</summary>
    [JsonPropertyName("regime_trials_per_second")]
    public double RegimeTrialsPerSecond { get; init; }

    /// <summary>Events the engine handled.</summary>
    [JsonPropertyName("events_processed")]
    public long EventsProcessed { get; init; }

    /// <summary>Events per second.</summary>
    [JsonPropertyName("events_per_second")]
    public double EventsPerSecond { get; init; }

    /// <summary>The .NET runtime that ran it.</summary>
    [JsonPropertyName("runtime")]
    public string Runtime { get; init; } = "";
}
