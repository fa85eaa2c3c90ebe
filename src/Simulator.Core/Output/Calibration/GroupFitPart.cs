using System.Text.Json.Serialization;

namespace Simulator.Output.Calibration;

/// <summary>One entry of calibration.json's <c>groups</c>.</summary>
public sealed record GroupFitPart
{
    /// <summary>The group's value in the data.</summary>
    [JsonPropertyName("value")]
    public string Value { get; init; } = "";

    /// <summary>The regime it is compared with.</summary>
    [JsonPropertyName("regime")]
    public string Regime { get; init; } = "";

    /// <summary>Subjects in the group.</summary>
    [JsonPropertyName("subjects")]
    public int Subjects { get; init; }

    /// <summary>Events within the horizon.</summary>
    [JsonPropertyName("events")]
    public int Events { get; init; }

    /// <summary>Subjects censored at the horizon.</summary>
    [JsonPropertyName("censored_at_horizon")]
    public int CensoredAtHorizon { get; init; }

    /// <summary>The group's deviance.</summary>
    [JsonPropertyName("deviance")]
    public double Deviance { get; init; }

    /// <summary>Intervals with exposure.</summary>
    [JsonPropertyName("terms")]
    public int Terms { get; init; }

    /// <summary>Log-likelihood of the data under the model.</summary>
    [JsonPropertyName("log_likelihood")]
    public double LogLikelihood { get; init; }

    /// <summary>One-sample log-rank test of the data against the model.</summary>
    [JsonPropertyName("logrank")]
    public LogRankPart LogRank { get; init; } = new();

    /// <summary>Data and model hazard on each smooth interval.</summary>
    [JsonPropertyName("intervals")]
    public IReadOnlyList<HazardIntervalPart> Intervals { get; init; } = [];

    /// <summary>Holds at the report days, data against model.</summary>
    [JsonPropertyName("holds")]
    public IReadOnlyList<HoldComparisonPart> Holds { get; init; } = [];
}
