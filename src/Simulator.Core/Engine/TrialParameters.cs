using Simulator.Model;

namespace Simulator.Engine;

/// <summary>
/// Every number of a scenario that the hot loop reads and that may differ between trials, in one
/// mutable object per simulator: per-trial draws are written here (<see cref="TrialVariationBinder"/>),
/// then <see cref="Derive"/> recomputes what depends on them. Nothing here is allocated per trial.
/// </summary>
internal sealed class TrialParameters
{
    private readonly Scenario _scenario;
    private readonly int[] _groupHost;
    private readonly int[] _groupTarget;
    private readonly int[][] _members; // per regime position: mediator indices

    public TrialParameters(Scenario scenario, IReadOnlyList<int> regimeIndices, double[] stateTension)
    {
        _scenario = scenario;
        Principals = scenario.Principals.Select(p => new CompiledPrincipal(p)).ToArray();
        var groups = scenario.Groups;
        _groupHost = groups.Select(g => g.HostIndex).ToArray();
        _groupTarget = groups.Select(g => g.TargetIndex).ToArray();
        GroupAttackRate = groups.Select(g => g.AttackRate).ToArray();
        GroupCapacity = groups.Select(g => g.RestraintCapacity).ToArray();
        GroupIntent = groups.Select(g => g.RestraintIntent).ToArray();
        Elasticity = scenario.Deterrence.Elasticity;
        var t = scenario.Tension;
        HalfLifeDays = t.HalfLifeDays ?? double.PositiveInfinity;
        TensionBelievedClaim = t.BelievedClaim;
        TensionUnremediedBreach = t.UnremediedBreach;
        TensionRetaliation = t.Retaliation;
        TensionAccessRefusal = t.AccessRefusal;
        AttackMultiplierPerLevel = scenario.Escalation.AttackMultiplierPerLevel;
        EscalationDecayDays = scenario.Escalation.DecayDays ?? double.PositiveInfinity;
        StrainedAtTension = scenario.Truce.StrainedAtTension;
        CollapseAtTension = scenario.Truce.CollapseAtTension ?? double.PositiveInfinity;
        InitialTension = scenario.Initial.Tension;
        StateTension = stateTension.ToArray();
        Regard = new double[scenario.Mediators.Count * 2];
        for (var m = 0; m < scenario.Mediators.Count; m++)
        {
            for (var p = 0; p < 2; p++) Regard[m * 2 + p] = scenario.Mediators[m].Regard.ElementAtOrDefault(p) ?? double.NaN;
        }
        var regimes = regimeIndices.Select(i => scenario.Regimes[i]).ToArray();
        _members = regimes.Select(r => r.MemberIndices.ToArray()).ToArray();
        Phases = regimes.Select(r => RegimeSchedule.Resolve(scenario, r).Select(s => new PhaseValues(s, groups.Count)).ToArray()).ToArray();
        Trust = regimes.Select(_ => new double[2]).ToArray();
        Derive();
    }

    private TrialParameters(TrialParameters o)
    {
        _scenario = o._scenario;
        _groupHost = o._groupHost;
        _groupTarget = o._groupTarget;
        _members = o._members;
        Principals = o.Principals.Select(p => p.Clone()).ToArray();
        GroupAttackRate = o.GroupAttackRate.ToArray();
        GroupCapacity = o.GroupCapacity.ToArray();
        GroupIntent = o.GroupIntent.ToArray();
        Elasticity = o.Elasticity;
        HalfLifeDays = o.HalfLifeDays;
        TensionDecayRate = o.TensionDecayRate;
        TensionBelievedClaim = o.TensionBelievedClaim;
        TensionUnremediedBreach = o.TensionUnremediedBreach;
        TensionRetaliation = o.TensionRetaliation;
        TensionAccessRefusal = o.TensionAccessRefusal;
        AttackMultiplierPerLevel = o.AttackMultiplierPerLevel;
        EscalationDecayDays = o.EscalationDecayDays;
        StrainedAtTension = o.StrainedAtTension;
        CollapseAtTension = o.CollapseAtTension;
        InitialTension = o.InitialTension;
        StateTension = o.StateTension.ToArray();
        Regard = o.Regard.ToArray();
        Phases = o.Phases.Select(r => r.Select(p => p.Clone()).ToArray()).ToArray();
        Trust = o.Trust.Select(t => t.ToArray()).ToArray();
    }

    public readonly CompiledPrincipal[] Principals;
    public readonly double[] GroupAttackRate, GroupCapacity, GroupIntent;
    public double Elasticity;
    public double HalfLifeDays, TensionDecayRate;
    public double TensionBelievedClaim, TensionUnremediedBreach, TensionRetaliation, TensionAccessRefusal;
    public double AttackMultiplierPerLevel, EscalationDecayDays;
    public double StrainedAtTension, CollapseAtTension, InitialTension;
    /// <summary>Tension added on entering each state, by global state index (<see cref="CommitmentTable.StateBase"/>).</summary>
    public readonly double[] StateTension;
    /// <summary>[mediator · 2 + principal]: how the principal regards the mediator; NaN where the file says nothing.</summary>
    public readonly double[] Regard;
    /// <summary>[regime position][phase]: the regime's values over time.</summary>
    public readonly PhaseValues[][] Phases;
    /// <summary>[regime position][principal]: the probability the principal accepts the regime's refutation.</summary>
    public readonly double[][] Trust;

    /// <summary>A copy for another simulator.</summary>
    public TrialParameters Clone() => new(this);

    /// <summary>Recomputes every derived value from the values above (after per-trial draws changed them).</summary>
    public void Derive()
    {
        DeriveShared();
        for (var r = 0; r < Phases.Length; r++) DeriveRegime(r);
    }

    /// <summary>The part of <see cref="Derive"/> that no regime owns.</summary>
    public void DeriveShared() =>
        TensionDecayRate = double.IsPositiveInfinity(HalfLifeDays) ? 0 : Math.Log(2) / HalfLifeDays;

    /// <summary>
    /// The part of <see cref="Derive"/> for the regime at <paramref name="r"/>: its phases' log-normal
    /// parameters and deterred attack rates, and its trust. It writes no value a draw writes, so what
    /// it derived stays right as long as the same values are drawn again.
    /// </summary>
    public void DeriveRegime(int r)
    {
        foreach (var phase in Phases[r])
        {
            if (phase.Delay == DelayDistribution.LogNormal)
            {
                phase.LogMu = Math.Log(phase.MedianDays);
                phase.LogSigma = (Math.Log(phase.P90Days) - phase.LogMu) / CompiledRegime.NormalP90;
            }
            for (var g = 0; g < GroupAttackRate.Length; g++)
            {
                // Deterrence (inspection-game logic) needs a regime in place: P_attr is 0 without one.
                var attribution = phase.Active
                    ? AttackRates.Attribution(phase.Access[PhaseSettings.AccessCell(_groupHost[g], true)], phase.Sensitivity,
                        Principals[_groupTarget[g]].RefusalAsConfirmation)
                    : 0;
                phase.GroupBaseRate[g] = AttackRates.Deterred(GroupAttackRate[g], GroupCapacity[g], GroupIntent[g], Elasticity, attribution);
            }
        }
        for (var p = 0; p < 2; p++) Trust[r][p] = TrustOf(r, p);
    }

    // A regime's members carry how each principal regards them: its trust is their mean; a member
    // the file gives no regard for, and a regime without members, stand at the principal's own trust_in_regime.
    private double TrustOf(int regime, int principal)
    {
        var members = _members[regime];
        var own = Principals[principal].TrustInRegime;
        if (members.Length == 0) return own;
        var sum = 0.0;
        foreach (var m in members)
        {
            var regard = Regard[m * 2 + principal];
            sum += double.IsNaN(regard) ? own : regard;
        }
        return sum / members.Length;
    }
}
