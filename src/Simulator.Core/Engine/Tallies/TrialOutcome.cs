namespace Simulator.Engine.Tallies;

/// <summary>
/// What one trial of one regime reports (model.md §4). A plain struct of counters so the hot loop
/// fills it without allocating. Durations are in ticks (<see cref="TimeResolution"/>).
/// </summary>
public struct TrialOutcome
{
    /// <summary>Ticks until collapse, or the horizon when censored.</summary>
    public long DurationTicks;

    /// <summary>True when the truce collapsed before the horizon.</summary>
    public bool Collapsed;

    /// <summary>Cause id of the collapse (see <see cref="CauseCatalog"/>), −1 when censored.</summary>
    public int CauseId;

    /// <summary>Incidents on the ground: attacks, domestic incidents, strikes.</summary>
    public int Incidents;

    /// <summary>Claims that match a real incident.</summary>
    public int ClaimsTrue;

    /// <summary>Claims that are misattributed or fabricated.</summary>
    public int ClaimsUnfounded;

    /// <summary>Claims against the second principal (the rest are against the first): who is accused, for a mission's record by side.</summary>
    public int ClaimsAgainstSecond;

    /// <summary>Claims against the second principal confirmed.</summary>
    public int ConfirmedAgainstSecond;

    /// <summary>Claims against the second principal refuted.</summary>
    public int RefutedAgainstSecond;

    /// <summary>True claims confirmed.</summary>
    public int TrueConfirmed;

    /// <summary>True claims refuted.</summary>
    public int TrueRefuted;

    /// <summary>True claims with an inconclusive verdict (including refused access).</summary>
    public int TrueInconclusive;

    /// <summary>Unfounded claims wrongly confirmed.</summary>
    public int UnfoundedConfirmed;

    /// <summary>Unfounded claims refuted.</summary>
    public int UnfoundedRefuted;

    /// <summary>Unfounded claims with an inconclusive verdict (including refused access).</summary>
    public int UnfoundedInconclusive;

    /// <summary>Times the accused refused monitors access.</summary>
    public int AccessRefusals;

    /// <summary>Inspections made: claims the accused let monitors examine (intrusiveness).</summary>
    public int Inspections;

    /// <summary>Refusals the claimant read as confirmation of its claim.</summary>
    public int RefusalsReadAsConfirmation;

    /// <summary>Cost of the regime in this trial (per inspection, per day in place while the truce held), in thousandths of the scenario's unit.</summary>
    public long CostMillis;

    /// <summary>Retaliatory and counter-retaliatory strikes.</summary>
    public int Retaliations;

    /// <summary>Remedies taken.</summary>
    public int Remedies;

    /// <summary>Highest escalation level reached.</summary>
    public int PeakEscalation;

    /// <summary>Verdicts delivered before the trial ended.</summary>
    public int Verdicts;

    /// <summary>Sum over delivered verdicts of filing-to-verdict time, in ticks.</summary>
    public long VerdictTicksSum;

    /// <summary>Largest number of claims waiting for or under examination at once.</summary>
    public int MaxBacklog;

    /// <summary>Ticks spent Holding.</summary>
    public long TicksHolding;

    /// <summary>Ticks spent Strained.</summary>
    public long TicksStrained;

    /// <summary>Ticks spent Escalating.</summary>
    public long TicksEscalating;
}
