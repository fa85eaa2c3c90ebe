using Simulator.Output;
using Simulator.Output.Summaries;

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

    // What the charts and the table show by name; every other number of the verification object is listed as it is keyed in summary.json.
    private static readonly HashSet<string> Charted =
    [
        nameof(VerificationSummary.Incidents), nameof(VerificationSummary.ClaimsTrue), nameof(VerificationSummary.ClaimsUnfounded),
        nameof(VerificationSummary.Confusion), nameof(VerificationSummary.AchievedSensitivity), nameof(VerificationSummary.AchievedSpecificity),
        nameof(VerificationSummary.MeanDaysToVerdict), nameof(VerificationSummary.MaxBacklog), nameof(VerificationSummary.AccessRefusals),
        nameof(VerificationSummary.Remedies), nameof(VerificationSummary.Retaliations), nameof(VerificationSummary.TimeShare),
    ];

    /// <summary>The view of a regime's verification object of summary.json.</summary>
    public static VerificationData From(VerificationSummary v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var c = v.Confusion ?? new ConfusionSummary();
        return new VerificationData
        {
            True = [c.TrueConfirmed, c.TrueRefuted, c.TrueInconclusive],
            Unfounded = [c.UnfoundedConfirmed, c.UnfoundedRefuted, c.UnfoundedInconclusive],
            Incidents = v.Incidents,
            Sensitivity = Finite.OrNull(v.AchievedSensitivity),
            Specificity = Finite.OrNull(v.AchievedSpecificity),
            MeanDaysToVerdict = Finite.OrNull(v.MeanDaysToVerdict),
            MaxBacklog = v.MaxBacklog,
            AccessRefusals = v.AccessRefusals,
            Remedies = v.Remedies,
            Retaliations = v.Retaliations,
            Extra = Uncharted(v),
        };
    }

    // The model's own metadata gives each property's JSON key, so no key is typed here.
    private static List<(string Key, double Value)> Uncharted(VerificationSummary v)
    {
        var extra = new List<(string, double)>();
        foreach (var property in OutputJsonContext.Default.VerificationSummary.Properties)
        {
            if (property.AttributeProvider is System.Reflection.MemberInfo member && Charted.Contains(member.Name)) continue;
            var value = property.Get?.Invoke(v) switch
            {
                long l => (double)l,
                int i => i,
                double d => d,
                _ => double.NaN,
            };
            if (double.IsFinite(value)) extra.Add((property.Name, value));
        }
        return extra;
    }
}
