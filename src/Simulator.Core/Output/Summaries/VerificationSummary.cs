using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>Verification counts and rates of one regime over all trials.</summary>
public sealed record VerificationSummary
{
    /// <summary>Incidents.</summary>
    [JsonPropertyName("incidents")]
    public long Incidents { get; init; }

    /// <summary>True claims filed.</summary>
    [JsonPropertyName("claims_true")]
    public long ClaimsTrue { get; init; }

    /// <summary>Unfounded claims filed.</summary>
    [JsonPropertyName("claims_unfounded")]
    public long ClaimsUnfounded { get; init; }

    /// <summary>Claims × verdicts.</summary>
    [JsonPropertyName("confusion")]
    public ConfusionSummary? Confusion { get; init; }

    /// <summary>Confirmed true claims / true claims with a verdict.</summary>
    [JsonPropertyName("achieved_sensitivity")]
    public double? AchievedSensitivity { get; init; }

    /// <summary>Refuted unfounded claims / unfounded claims with a verdict.</summary>
    [JsonPropertyName("achieved_specificity")]
    public double? AchievedSpecificity { get; init; }

    /// <summary>Mean days from filing to verdict.</summary>
    [JsonPropertyName("mean_days_to_verdict")]
    public double? MeanDaysToVerdict { get; init; }

    /// <summary>Median days from filing to verdict.</summary>
    [JsonPropertyName("median_days_to_verdict")]
    public double? MedianDaysToVerdict { get; init; }

    /// <summary>90th percentile of days from filing to verdict.</summary>
    [JsonPropertyName("p90_days_to_verdict")]
    public double? P90DaysToVerdict { get; init; }

    /// <summary>Largest backlog.</summary>
    [JsonPropertyName("max_backlog")]
    public long MaxBacklog { get; init; }

    /// <summary>Access refusals.</summary>
    [JsonPropertyName("access_refusals")]
    public long AccessRefusals { get; init; }

    /// <summary>Remedies taken.</summary>
    [JsonPropertyName("remedies")]
    public long Remedies { get; init; }

    /// <summary>Retaliations.</summary>
    [JsonPropertyName("retaliations")]
    public long Retaliations { get; init; }

    /// <summary>Mean of each trial's peak escalation level.</summary>
    [JsonPropertyName("mean_peak_escalation")]
    public double MeanPeakEscalation { get; init; }

    /// <summary>Highest escalation level reached.</summary>
    [JsonPropertyName("max_peak_escalation")]
    public long MaxPeakEscalation { get; init; }

    /// <summary>Share of time in each truce state.</summary>
    [JsonPropertyName("time_share")]
    public TimeShareSummary? TimeShare { get; init; }
}
