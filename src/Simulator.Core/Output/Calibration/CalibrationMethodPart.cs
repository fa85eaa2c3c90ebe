using System.Text.Json.Serialization;

namespace Simulator.Output.Calibration;

/// <summary>calibration.json's <c>method</c>.</summary>
public sealed record CalibrationMethodPart
{
    /// <summary>What is minimised.</summary>
    [JsonPropertyName("objective")]
    public string Objective { get; init; } = "";

    /// <summary>How the box is searched.</summary>
    [JsonPropertyName("search")]
    public string Search { get; init; } = "";

    /// <summary>How the intervals are found.</summary>
    [JsonPropertyName("intervals")]
    public string Intervals { get; init; } = "";

    /// <summary>Trials per regime at each point.</summary>
    [JsonPropertyName("trials")]
    public long Trials { get; init; }

    /// <summary>Master seed.</summary>
    [JsonPropertyName("seed")]
    public ulong Seed { get; init; }

    /// <summary>Horizon in days.</summary>
    [JsonPropertyName("horizon_days")]
    public double HorizonDays { get; init; }

    /// <summary>The smooth intervals' nodes.</summary>
    [JsonPropertyName("interval_nodes_days")]
    public IReadOnlyList<double> IntervalNodesDays { get; init; } = [];

    /// <summary>Deviance threshold of the parameter intervals.</summary>
    [JsonPropertyName("interval_threshold")]
    public double IntervalThreshold { get; init; }

    /// <summary>Deviance threshold of the model's bands.</summary>
    [JsonPropertyName("band_threshold")]
    public double BandThreshold { get; init; }

    /// <summary>Parameter points simulated.</summary>
    [JsonPropertyName("evaluations")]
    public int Evaluations { get; init; }

    /// <summary>True when the search converged.</summary>
    [JsonPropertyName("converged")]
    public bool Converged { get; init; }
}
