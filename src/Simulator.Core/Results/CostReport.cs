using Simulator.Engine;
using Simulator.Engine.Tallies;

namespace Simulator.Results;

/// <summary>
/// What a regime costs and how intrusive it is, over every trial of a run: cost per inspection made
/// plus cost per day in place while the truce held, in the scenario's own unit of cost.
/// </summary>
public sealed record CostReport
{
    /// <summary>Cost summed over every trial.</summary>
    public required double Total { get; init; }

    /// <summary>Mean cost of one future over the horizon (or until collapse).</summary>
    public required double PerTrial { get; init; }

    /// <summary>Total cost per day of truce held (over every trial); null when no day was held.</summary>
    public required double? PerDayHeld { get; init; }

    /// <summary>
    /// Extra cost per extra day of truce against the baseline, (cost − baseline cost) / (days held −
    /// baseline days held), per trial; null for the baseline itself and when the regime gains no day.
    /// </summary>
    public double? PerDayGained { get; init; }

    /// <summary>Inspections made (claims the accused let monitors examine).</summary>
    public required long Inspections { get; init; }

    /// <summary>Inspections refused.</summary>
    public required long Refusals { get; init; }

    /// <summary>Refusals the claimant read as confirmation.</summary>
    public required long RefusalsReadAsConfirmation { get; init; }

    /// <summary>Mean days held per trial (restricted to the horizon), the denominator of the per-day figures.</summary>
    public required double MeanDaysHeld { get; init; }

    /// <summary>The cost figures of <paramref name="tally"/>.</summary>
    public static CostReport From(RegimeTally tally)
    {
        var t = tally.Totals;
        var total = (double)t.CostMillis / 1000;
        var daysHeld = (double)tally.DurationTicksSum / TimeResolution.TicksPerDay;
        return new CostReport
        {
            Total = total,
            PerTrial = tally.Trials == 0 ? 0 : total / tally.Trials,
            PerDayHeld = daysHeld > 0 ? total / daysHeld : null,
            Inspections = t.Inspections,
            Refusals = t.AccessRefusals,
            RefusalsReadAsConfirmation = t.RefusalsReadAsConfirmation,
            MeanDaysHeld = tally.Trials == 0 ? 0 : daysHeld / tally.Trials,
        };
    }

    /// <summary>This report with <see cref="PerDayGained"/> against <paramref name="baseline"/>.</summary>
    public CostReport Against(CostReport baseline)
    {
        var gained = MeanDaysHeld - baseline.MeanDaysHeld;
        return this with { PerDayGained = gained > 0 ? (PerTrial - baseline.PerTrial) / gained : null };
    }
}
