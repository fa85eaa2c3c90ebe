using Simulator.Model;

namespace Simulator.Engine;

/// <summary>A principal's behaviour as plain fields for the hot loop; each simulator owns a copy (values may vary per trial).</summary>
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
        RefusalAsConfirmation = p.Responses.RefusalAsConfirmation;
    }

    /// <summary>A copy for another simulator.</summary>
    public CompiledPrincipal Clone() => (CompiledPrincipal)MemberwiseClone();

    /// <summary>See <see cref="ResponseBehaviour.RefusalAsConfirmation"/>.</summary>
    public double RefusalAsConfirmation;

    /// <summary>See <see cref="ClaimantBehaviour.ClaimTrueIncident"/>.</summary>
    public double ClaimTrueIncident;
    /// <summary>See <see cref="ClaimantBehaviour.Misattribution"/>.</summary>
    public double Misattribution;
    /// <summary>See <see cref="ClaimantBehaviour.FabricationRate"/>.</summary>
    public double FabricationRate;
    /// <summary>See <see cref="ClaimantBehaviour.UnfoundedKind"/>.</summary>
    public IncidentKind UnfoundedKind;
    /// <summary>See <see cref="Principal.DomesticIncidentRate"/>.</summary>
    public double DomesticIncidentRate;
    /// <summary>See <see cref="ResponseBehaviour.RetaliateConfirmed"/>.</summary>
    public double RetaliateConfirmed;
    /// <summary>See <see cref="ResponseBehaviour.RetaliateBelieved"/>.</summary>
    public double RetaliateBelieved;
    /// <summary>See <see cref="ResponseBehaviour.CounterRetaliate"/>.</summary>
    public double CounterRetaliate;
    /// <summary>See <see cref="ResponseBehaviour.PatienceDays"/>.</summary>
    public double PatienceDays;
    /// <summary>See <see cref="ResponseBehaviour.TrustInRegime"/>.</summary>
    public double TrustInRegime;
    /// <summary>See <see cref="ResponseBehaviour.RetaliationDelayDays"/>.</summary>
    public double RetaliationDelayDays;
    /// <summary>See <see cref="RemedyBehaviour.Probability"/>.</summary>
    public double RemedyProbability;
    /// <summary>See <see cref="RemedyBehaviour.AttackReduction"/>.</summary>
    public double RemedyAttackReduction;
    /// <summary>See <see cref="RemedyBehaviour.DurationDays"/>.</summary>
    public double RemedyDurationDays;
}
