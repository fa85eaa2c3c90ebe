using Simulator.Model;

namespace Simulator.Engine;

/// <summary>A principal's behaviour as plain fields for the hot loop.</summary>
internal sealed class CompiledPrincipal
{
    /// <summary>Copies the parameters of <paramref name="p"/>.</summary>
    public CompiledPrincipal(Principal p)
    {
        ClaimTrueIncident = p.Claims.ClaimTrueIncident;
        Misattribution = p.Claims.Misattribution;
        FabricationRate = p.Claims.FabricationRate;
        UnfoundedKind = p.Claims.UnfoundedKind;
        DomesticIncidentRate = p.DomesticIncidentRate;
        RetaliateConfirmed = p.Responses.RetaliateConfirmed;
        RetaliateBelieved = p.Responses.RetaliateBelieved;
        CounterRetaliate = p.Responses.CounterRetaliate;
        PatienceDays = p.Responses.PatienceDays;
        TrustInRegime = p.Responses.TrustInRegime;
        RetaliationDelayDays = p.Responses.RetaliationDelayDays;
        RemedyProbability = p.Remedy.Probability;
        RemedyAttackReduction = p.Remedy.AttackReduction;
        RemedyDurationDays = p.Remedy.DurationDays;
    }

    /// <summary>See <see cref="ClaimantBehaviour.ClaimTrueIncident"/>.</summary>
    public readonly double ClaimTrueIncident;
    /// <summary>See <see cref="ClaimantBehaviour.Misattribution"/>.</summary>
    public readonly double Misattribution;
    /// <summary>See <see cref="ClaimantBehaviour.FabricationRate"/>.</summary>
    public readonly double FabricationRate;
    /// <summary>See <see cref="ClaimantBehaviour.UnfoundedKind"/>.</summary>
    public readonly IncidentKind UnfoundedKind;
    /// <summary>See <see cref="Principal.DomesticIncidentRate"/>.</summary>
    public readonly double DomesticIncidentRate;
    /// <summary>See <see cref="ResponseBehaviour.RetaliateConfirmed"/>.</summary>
    public readonly double RetaliateConfirmed;
    /// <summary>See <see cref="ResponseBehaviour.RetaliateBelieved"/>.</summary>
    public readonly double RetaliateBelieved;
    /// <summary>See <see cref="ResponseBehaviour.CounterRetaliate"/>.</summary>
    public readonly double CounterRetaliate;
    /// <summary>See <see cref="ResponseBehaviour.PatienceDays"/>.</summary>
    public readonly double PatienceDays;
    /// <summary>See <see cref="ResponseBehaviour.TrustInRegime"/>.</summary>
    public readonly double TrustInRegime;
    /// <summary>See <see cref="ResponseBehaviour.RetaliationDelayDays"/>.</summary>
    public readonly double RetaliationDelayDays;
    /// <summary>See <see cref="RemedyBehaviour.Probability"/>.</summary>
    public readonly double RemedyProbability;
    /// <summary>See <see cref="RemedyBehaviour.AttackReduction"/>.</summary>
    public readonly double RemedyAttackReduction;
    /// <summary>See <see cref="RemedyBehaviour.DurationDays"/>.</summary>
    public readonly double RemedyDurationDays;
}
