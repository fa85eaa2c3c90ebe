using System.Globalization;
using Simulator.Model;

namespace Simulator.Engine;

/// <summary>
/// A trial handled more than <see cref="WorkLimits.MaxEventsPerTrial"/> events. The validation gate
/// bounds the incidents and claims a trial expects far below that, so only a feedback loop the
/// gate cannot foresee (strikes answered at once, again and again) gets here; the run stops rather
/// than hang or exhaust memory.
/// </summary>
public sealed class TrialLimitException(long trial, string regimeId) : Exception(Describe(trial, regimeId))
{
    /// <summary>The trial index.</summary>
    public long Trial { get; } = trial;

    /// <summary>The regime it ran under.</summary>
    public string RegimeId { get; } = regimeId;

    private static string Describe(long trial, string regimeId) => string.Format(CultureInfo.InvariantCulture,
        "trial {0} under regime '{1}' handled more than {2:N0} events without ending; "
        + "the scenario's responses feed each other without pause (e.g. strikes answered at once): add delays (retaliation_delay_days), lower counter_retaliate or set truce.collapse_at_level", trial, regimeId, WorkLimits.MaxEventsPerTrial);
}
