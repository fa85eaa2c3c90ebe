namespace Simulator.Engine.Tallies;

/// <summary>Sums of the counters of many <see cref="TrialOutcome"/>s (exact, order-independent).</summary>
public sealed class OutcomeTotals
{
    /// <summary>Incidents on the ground.</summary>
    public long Incidents;
    /// <summary>True claims.</summary>
    public long ClaimsTrue;
    /// <summary>Unfounded claims.</summary>
    public long ClaimsUnfounded;
    /// <summary>Claims against the second principal.</summary>
    public long ClaimsAgainstSecond;
    /// <summary>Claims against the second principal confirmed.</summary>
    public long ConfirmedAgainstSecond;
    /// <summary>Claims against the second principal refuted.</summary>
    public long RefutedAgainstSecond;
    /// <summary>True claims confirmed.</summary>
    public long TrueConfirmed;
    /// <summary>True claims refuted.</summary>
    public long TrueRefuted;
    /// <summary>True claims inconclusive.</summary>
    public long TrueInconclusive;
    /// <summary>Unfounded claims confirmed.</summary>
    public long UnfoundedConfirmed;
    /// <summary>Unfounded claims refuted.</summary>
    public long UnfoundedRefuted;
    /// <summary>Unfounded claims inconclusive.</summary>
    public long UnfoundedInconclusive;
    /// <summary>Access refusals.</summary>
    public long AccessRefusals;
    /// <summary>Inspections made (claims examined with access).</summary>
    public long Inspections;
    /// <summary>Refusals the claimant read as confirmation.</summary>
    public long RefusalsReadAsConfirmation;
    /// <summary>Sum of the trials' costs, in thousandths of the scenario's unit of cost (exact, so any merge order gives the same total).</summary>
    public Int128 CostMillis;
    /// <summary>Retaliations.</summary>
    public long Retaliations;
    /// <summary>Remedies.</summary>
    public long Remedies;
    /// <summary>Sum of per-trial peak escalation.</summary>
    public long PeakEscalationSum;
    /// <summary>Largest peak escalation of any trial.</summary>
    public long PeakEscalationMax;
    /// <summary>Verdicts delivered.</summary>
    public long Verdicts;
    /// <summary>Sum of filing-to-verdict ticks.</summary>
    public long VerdictTicksSum;
    /// <summary>Largest backlog of any trial.</summary>
    public long MaxBacklog;
    /// <summary>Ticks spent Holding.</summary>
    public long TicksHolding;
    /// <summary>Ticks spent Strained.</summary>
    public long TicksStrained;
    /// <summary>Ticks spent Escalating.</summary>
    public long TicksEscalating;

    /// <summary>Adds one trial's counters.</summary>
    public void Add(in TrialOutcome o)
    {
        Incidents += o.Incidents;
        ClaimsTrue += o.ClaimsTrue;
        ClaimsUnfounded += o.ClaimsUnfounded;
        ClaimsAgainstSecond += o.ClaimsAgainstSecond;
        ConfirmedAgainstSecond += o.ConfirmedAgainstSecond;
        RefutedAgainstSecond += o.RefutedAgainstSecond;
        TrueConfirmed += o.TrueConfirmed;
        TrueRefuted += o.TrueRefuted;
        TrueInconclusive += o.TrueInconclusive;
        UnfoundedConfirmed += o.UnfoundedConfirmed;
        UnfoundedRefuted += o.UnfoundedRefuted;
        UnfoundedInconclusive += o.UnfoundedInconclusive;
        AccessRefusals += o.AccessRefusals;
        Inspections += o.Inspections;
        RefusalsReadAsConfirmation += o.RefusalsReadAsConfirmation;
        CostMillis += o.CostMillis;
        Retaliations += o.Retaliations;
        Remedies += o.Remedies;
        PeakEscalationSum += o.PeakEscalation;
        PeakEscalationMax = Math.Max(PeakEscalationMax, o.PeakEscalation);
        Verdicts += o.Verdicts;
        VerdictTicksSum += o.VerdictTicksSum;
        MaxBacklog = Math.Max(MaxBacklog, o.MaxBacklog);
        TicksHolding += o.TicksHolding;
        TicksStrained += o.TicksStrained;
        TicksEscalating += o.TicksEscalating;
    }

    /// <summary>Adds another set of totals.</summary>
    public void Merge(OutcomeTotals o)
    {
        Incidents += o.Incidents;
        ClaimsTrue += o.ClaimsTrue;
        ClaimsUnfounded += o.ClaimsUnfounded;
        ClaimsAgainstSecond += o.ClaimsAgainstSecond;
        ConfirmedAgainstSecond += o.ConfirmedAgainstSecond;
        RefutedAgainstSecond += o.RefutedAgainstSecond;
        TrueConfirmed += o.TrueConfirmed;
        TrueRefuted += o.TrueRefuted;
        TrueInconclusive += o.TrueInconclusive;
        UnfoundedConfirmed += o.UnfoundedConfirmed;
        UnfoundedRefuted += o.UnfoundedRefuted;
        UnfoundedInconclusive += o.UnfoundedInconclusive;
        AccessRefusals += o.AccessRefusals;
        Inspections += o.Inspections;
        RefusalsReadAsConfirmation += o.RefusalsReadAsConfirmation;
        CostMillis += o.CostMillis;
        Retaliations += o.Retaliations;
        Remedies += o.Remedies;
        PeakEscalationSum += o.PeakEscalationSum;
        PeakEscalationMax = Math.Max(PeakEscalationMax, o.PeakEscalationMax);
        Verdicts += o.Verdicts;
        VerdictTicksSum += o.VerdictTicksSum;
        MaxBacklog = Math.Max(MaxBacklog, o.MaxBacklog);
        TicksHolding += o.TicksHolding;
        TicksStrained += o.TicksStrained;
        TicksEscalating += o.TicksEscalating;
    }

    /// <summary>Resets every counter.</summary>
    public void Clear()
    {
        Incidents = ClaimsTrue = ClaimsUnfounded = TrueConfirmed = TrueRefuted = TrueInconclusive = 0;
        UnfoundedConfirmed = UnfoundedRefuted = UnfoundedInconclusive = AccessRefusals = 0;
        Inspections = RefusalsReadAsConfirmation = 0;
        CostMillis = 0;
        Retaliations = Remedies = PeakEscalationSum = PeakEscalationMax = Verdicts = 0;
        VerdictTicksSum = MaxBacklog = TicksHolding = TicksStrained = TicksEscalating = 0;
        ClaimsAgainstSecond = ConfirmedAgainstSecond = RefutedAgainstSecond = 0;
    }
}
