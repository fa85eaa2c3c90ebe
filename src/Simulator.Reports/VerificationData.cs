namespace Simulator.Reports;

/// <summary>Verification counts and rates of one regime (summary.json).</summary>
public sealed record VerificationData
{
    /// <summary>True claims × confirmed, refuted, inconclusive.</summary>
    public required long[] True { get; init; }

    /// <summary>Unfounded claims × confirmed, refuted, inconclusive.</summary>
    public required long[] Unfounded { get; init; }

    /// <summary>Incidents over all trials.</summary>
    public long Incidents { get; init; }

    /// <summary>Confirmed true claims / true claims with a verdict.</summary>
    public double? Sensitivity { get; init; }

    /// <summary>Refuted unfounded claims / unfounded claims with a verdict.</summary>
    public double? Specificity { get; init; }

    /// <summary>Mean days from filing to verdict.</summary>
    public double? MeanDaysToVerdict { get; init; }

    /// <summary>Largest backlog seen.</summary>
    public long MaxBacklog { get; init; }

    /// <summary>Access refusals.</summary>
    public long AccessRefusals { get; init; }

    /// <summary>Remedies taken.</summary>
    public long Remedies { get; init; }

    /// <summary>Retaliations.</summary>
    public long Retaliations { get; init; }

    /// <summary>Any numeric key of the verification object this report does not chart, for the table.</summary>
    public IReadOnlyList<(string Key, double Value)> Extra { get; init; } = [];

    /// <summary>True when the regime judged any claim.</summary>
    public bool AnyVerdict => True.Sum() + Unfounded.Sum() > 0;
}
