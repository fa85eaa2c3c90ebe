using Simulator.Model;
using Simulator.Results.Curves;
using Simulator.Statistics;

namespace Simulator.Results;

/// <summary>Everything reported for one regime of a run.</summary>
public sealed record RegimeReport
{
    /// <summary>The regime as the scenario defines it.</summary>
    public required Regime Regime { get; init; }

    /// <summary>Durability statistics; null when no trial completed.</summary>
    public required RegimeStatistics? Statistics { get; init; }

    /// <summary>
    /// The Kaplan–Meier curve reduced to survival.csv's bounded rows and the hazard at the report days
    /// (the full curve is rebuilt from the tally when asked for); null when no trial completed.
    /// </summary>
    public required SurvivalDigest? Curve { get; init; }

    /// <summary>Cumulative incidence of collapse by cause at the report days and the horizon; null when no trial completed.</summary>
    public required IncidenceAtDays? Incidence { get; init; }

    /// <summary>Verification performance.</summary>
    public required VerificationReport Verification { get; init; }

    /// <summary>Cost and intrusiveness (inspections made and refused).</summary>
    public required CostReport Cost { get; init; }
}
