using Simulator.Engine.Tallies;
using Simulator.Model;

namespace Simulator.Results;

/// <summary>
/// A regime's record of the claims against one principal, as a monitoring mission reports it: the
/// complaints, those ruled violations (confirmed), those cleared (refuted), and the rest, undecided
/// (inconclusive, or still waiting for a verdict when the trial ended). Totals over trials.
/// </summary>
/// <param name="Principal">The accused principal's id.</param>
/// <param name="Claims">Claims against it.</param>
/// <param name="Confirmed">Ruled violations.</param>
/// <param name="Refuted">Cleared.</param>
public sealed record AccusedRecord(string Principal, long Claims, long Confirmed, long Refuted)
{
    /// <summary>Claims neither confirmed nor refuted.</summary>
    public long Undecided => Claims - Confirmed - Refuted;

    /// <summary>The records against the first and against the second principal of <paramref name="scenario"/>.</summary>
    public static IReadOnlyList<AccusedRecord> Of(OutcomeTotals totals, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(scenario);
        var claims = totals.ClaimsTrue + totals.ClaimsUnfounded;
        var confirmed = totals.TrueConfirmed + totals.UnfoundedConfirmed;
        var refuted = totals.TrueRefuted + totals.UnfoundedRefuted;
        return
        [
            new(scenario.Principals[0].Id, claims - totals.ClaimsAgainstSecond, confirmed - totals.ConfirmedAgainstSecond, refuted - totals.RefutedAgainstSecond),
            new(scenario.Principals[1].Id, totals.ClaimsAgainstSecond, totals.ConfirmedAgainstSecond, totals.RefutedAgainstSecond),
        ];
    }
}
