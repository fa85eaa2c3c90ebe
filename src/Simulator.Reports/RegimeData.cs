namespace Simulator.Reports;

/// <summary>One regime's results as read back from a run folder.</summary>
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
}
