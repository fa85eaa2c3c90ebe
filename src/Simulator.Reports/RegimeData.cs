using Simulator.Output.Summaries;

namespace Simulator.Reports;

/// <summary>One regime's results as a report draws them: its summary.json part (<see cref="RegimeSummary"/>) with its curves from the CSVs.</summary>
public sealed record RegimeData
{
    /// <summary>Id.</summary>
    public required string Id { get; init; }

    /// <summary>Readable name.</summary>
    public required string Name { get; init; }

    /// <summary>Kind (none, mediators, joint, third_party).</summary>
    public required string Kind { get; init; }

    /// <summary>Trials completed; 0 when none.</summary>
    public long Trials { get; init; }

    /// <summary>Trials that collapsed.</summary>
    public long Collapsed { get; init; }

    /// <summary>Probability of holding at each report day.</summary>
    public IReadOnlyList<DayEstimate> Holds { get; init; } = [];

    /// <summary>Median days, or null when not reached.</summary>
    public DayEstimate? Median { get; init; }

    /// <summary>Restricted mean days to the horizon.</summary>
    public DayEstimate? RestrictedMean { get; init; }

    /// <summary>Causes of collapse, most frequent first.</summary>
    public IReadOnlyList<CauseShare> Causes { get; init; } = [];

    /// <summary>Verification performance; null when absent.</summary>
    public VerificationData? Verification { get; init; }

    /// <summary>Cost and intrusiveness; null when absent (older runs).</summary>
    public CostData? Cost { get; init; }

    /// <summary>Kaplan–Meier curve (survival.csv).</summary>
    public IReadOnlyList<CurvePoint> Curve { get; init; } = [];

    /// <summary>Cumulative incidence by cause (causes.csv).</summary>
    public IReadOnlyList<IncidencePoint> Incidence { get; init; } = [];

    /// <summary>The estimate at <paramref name="day"/>, or null.</summary>
    public DayEstimate? HoldsAt(double day) => Holds.FirstOrDefault(h => h.Day == day);

    /// <summary>The view of a regime's summary with its curve and incidence points.</summary>
    public static RegimeData From(RegimeSummary r, IReadOnlyList<CurvePoint> curve, IReadOnlyList<IncidencePoint> incidence)
    {
        ArgumentNullException.ThrowIfNull(r);
        var median = r.QuartilesDays?.FirstOrDefault(q => q.Probability == 0.5);
        var mean = r.RestrictedMeanDays;
        return new RegimeData
        {
            Id = r.Id,
            Name = r.Name.Length > 0 ? r.Name : r.Id,
            Kind = r.Kind,
            Trials = r.Trials ?? 0,
            Collapsed = r.Collapsed ?? 0,
            Holds = [.. (r.Holds ?? []).Select(h => new DayEstimate(Finite.Or0(h.Day), Finite.Or0(h.Estimate), Finite.OrNull(h.Lower95), Finite.OrNull(h.Upper95)))],
            Median = median?.Estimate is { } m && double.IsFinite(m) ? new DayEstimate(0.5, m, Finite.OrNull(median.Lower95), Finite.OrNull(median.Upper95)) : null,
            RestrictedMean = mean is not null && double.IsFinite(mean.Estimate)
                ? new DayEstimate(0, mean.Estimate, Finite.OrNull(mean.Lower95), Finite.OrNull(mean.Upper95))
                : null,
            Causes = [.. (r.Causes ?? []).Select(c => new CauseShare(c.Cause, c.Collapses, Finite.Or0(c.ShareOfCollapses)))],
            Verification = r.Verification is null ? null : VerificationData.From(r.Verification),
            Cost = r.Cost is { } c
                ? new CostData(Finite.Or0(c.Total), Finite.Or0(c.PerTrial), Finite.OrNull(c.PerDayHeld), Finite.OrNull(c.PerDayGained), c.Inspections, c.Refusals, c.RefusalsReadAsConfirmation)
                : null,
            Curve = curve,
            Incidence = incidence,
        };
    }
}
