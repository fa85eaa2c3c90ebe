using Simulator.Machines;
using Simulator.Model;

namespace Simulator.Tests.Engine;

/// <summary>
/// Builds validated-looking <see cref="Scenario"/> records in code (the YAML loader is separate).
/// Principal 0 is the victim/claimant, principal 1 the host of the armed groups; the host owns the
/// commitment <c>no_sanctuary</c>, breached by attacks.
/// </summary>
internal static class TestScenarios
{
    public const int Victim = 0;
    public const int Host = 1;

    /// <summary>in_force → breached (collapses) on verdict_confirmed.</summary>
    public static Lifecycle CollapseOnConfirmation { get; } = new()
    {
        Name = "collapse_on_confirmation",
        Initial = "in_force",
        States =
        [
            new LifecycleState { Id = "in_force" },
            new LifecycleState { Id = "breached", Effects = new StateEffects { Collapse = true } },
        ],
        Transitions = [new LifecycleTransition { From = "in_force", Trigger = Trigger.VerdictConfirmed, To = "breached" }],
    };

    /// <summary>Each confirmation enters (or re-enters) a state adding one unit of tension.</summary>
    public static Lifecycle TensionOnConfirmation { get; } = new()
    {
        Name = "tension_on_confirmation",
        Initial = "in_force",
        States =
        [
            new LifecycleState { Id = "in_force" },
            new LifecycleState { Id = "confirmed", Effects = new StateEffects { AddTension = 1 } },
        ],
        Transitions =
        [
            new LifecycleTransition { From = "in_force", Trigger = Trigger.VerdictConfirmed, To = "confirmed" },
            new LifecycleTransition { From = "confirmed", Trigger = Trigger.VerdictConfirmed, To = "confirmed" },
        ],
    };

    public static Principal Principal(
        string id,
        double claimTrueIncident = 0,
        double misattribution = 0,
        double fabricationRate = 0,
        IncidentKind unfoundedKind = IncidentKind.Attack,
        double domesticIncidentRate = 0,
        double retaliateConfirmed = 0,
        double retaliateBelieved = 0,
        double counterRetaliate = 0,
        double patienceDays = 1000,
        double trustInRegime = 1,
        double retaliationDelayDays = 0,
        double remedyProbability = 0,
        double remedyAttackReduction = 0,
        double remedyDurationDays = 0) => new()
        {
            Id = id,
            Name = id,
            DomesticIncidentRate = domesticIncidentRate,
            Claims = new ClaimantBehaviour
            {
                ClaimTrueIncident = claimTrueIncident,
                Misattribution = misattribution,
                FabricationRate = fabricationRate,
                UnfoundedKind = unfoundedKind,
            },
            Responses = new ResponseBehaviour
            {
                RetaliateConfirmed = retaliateConfirmed,
                RetaliateBelieved = retaliateBelieved,
                CounterRetaliate = counterRetaliate,
                PatienceDays = patienceDays,
                TrustInRegime = trustInRegime,
                RetaliationDelayDays = retaliationDelayDays,
            },
            Remedy = new RemedyBehaviour
            {
                Probability = remedyProbability,
                AttackReduction = remedyAttackReduction,
                DurationDays = remedyDurationDays,
            },
        };

    public static ArmedGroup Group(string id, double attackRate, double capacity = 0, double intent = 0) => new()
    {
        Id = id,
        Name = id,
        HostIndex = Host,
        TargetIndex = Victim,
        AttackRate = attackRate,
        RestraintCapacity = capacity,
        RestraintIntent = intent,
    };

    public static Regime Monitors(
        string id = "monitors",
        double access = 1,
        double sensitivity = 0.3,
        double specificity = 1,
        VerdictDelay? delay = null,
        int? capacity = null) => new()
        {
            Id = id,
            Name = id,
            Kind = RegimeKind.ThirdParty,
            Access = access,
            Sensitivity = sensitivity,
            Specificity = specificity,
            Delay = delay ?? VerdictDelay.Immediate,
            Capacity = capacity,
        };

    public static Regime None { get; } = new() { Id = "none", Name = "none", Kind = RegimeKind.None };

    public static VerdictDelay Fixed(double days) => new() { Distribution = DelayDistribution.Fixed, Days = days };

    public static Commitment NoSanctuary(Lifecycle lifecycle) => new()
    {
        Id = "no_sanctuary",
        Name = "No sanctuary",
        OwnerIndex = Host,
        BreachedBy = [IncidentKind.Attack],
        Lifecycle = lifecycle,
    };

    /// <summary>A quiet base: nothing happens until a test adds groups, claims or regimes.</summary>
    public static Scenario Base(
        IReadOnlyList<Regime> regimes,
        IReadOnlyList<ArmedGroup>? groups = null,
        Principal? victim = null,
        Principal? host = null,
        Lifecycle? lifecycle = null,
        double horizonDays = 365,
        ulong seed = 20251107) => new()
        {
            Name = "test",
            HorizonDays = horizonDays,
            Trials = 1000,
            Seed = seed,
            ReportDays = [30, 90, 180],
            Principals = [victim ?? Principal("victim", claimTrueIncident: 0.8), host ?? Principal("host")],
            Groups = groups ?? [],
            Mediators = [],
            Commitments = [NoSanctuary(lifecycle ?? DefaultLifecycle.Instance)],
            Tension = new TensionRules { BelievedClaim = 0, UnremediedBreach = 0, Retaliation = 0, AccessRefusal = 0 },
            Escalation = new EscalationRules { AttackMultiplierPerLevel = 0 },
            Deterrence = new DeterrenceRules { Elasticity = 0 },
            Truce = new TruceRules { StrainedAtTension = 1, EscalatingAtLevel = 1 },
            Regimes = regimes,
            BaselineRegime = regimes[0].Id,
        };

    /// <summary>model.md §5 constant hazard: collapse rate a · p_claim · access · sensitivity.</summary>
    public static Scenario ConstantHazard(
        double attackRate = 0.05, double claimTrueIncident = 0.8, double access = 1, double sensitivity = 0.3,
        VerdictDelay? delay = null) =>
        Base(
            [Monitors(access: access, sensitivity: sensitivity, delay: delay)],
            groups: [Group("group", attackRate)],
            victim: Principal("victim", claimTrueIncident: claimTrueIncident),
            lifecycle: CollapseOnConfirmation);

    /// <summary>
    /// A scenario that exercises everything at once: two groups with restraint and deterrence,
    /// misattribution and fabrication on both sides, remedies, retaliation and counter-retaliation
    /// with delays, tension with half-life, escalation with decay, and regimes with refusals,
    /// log-normal, exponential and fixed delays and limited capacity.
    /// </summary>
    public static Scenario Rich(ulong seed = 7) =>
        Base(
            [
                None,
                Monitors("joint", access: 0.7, sensitivity: 0.6, specificity: 0.7,
                    delay: new VerdictDelay { Distribution = DelayDistribution.LogNormal, MedianDays = 4, P90Days = 12 },
                    capacity: 2),
                Monitors("third_party", access: 0.5, sensitivity: 0.9, specificity: 0.9,
                    delay: new VerdictDelay { Distribution = DelayDistribution.Exponential, Days = 3 }),
                Monitors("slow", access: 0.9, sensitivity: 0.8, specificity: 0.8, delay: Fixed(6), capacity: 1),
            ],
            groups: [Group("tt", 0.08, capacity: 0.5, intent: 0.3), Group("bl", 0.04, capacity: 0.4, intent: 0.2)],
            victim: Principal("victim", claimTrueIncident: 0.9, misattribution: 0.3, fabricationRate: 0.01,
                domesticIncidentRate: 0.05, retaliateConfirmed: 0.3, retaliateBelieved: 0.15, counterRetaliate: 0.3,
                patienceDays: 5, trustInRegime: 0.7, retaliationDelayDays: 1.5, remedyProbability: 0.2,
                remedyAttackReduction: 0.5, remedyDurationDays: 20),
            host: Principal("host", claimTrueIncident: 0.8, misattribution: 0.1, fabricationRate: 0.01,
                unfoundedKind: IncidentKind.Strike, domesticIncidentRate: 0.02, retaliateConfirmed: 0.2,
                retaliateBelieved: 0.1, counterRetaliate: 0.4, patienceDays: 3, trustInRegime: 0.5,
                retaliationDelayDays: 2, remedyProbability: 0.5, remedyAttackReduction: 0.6, remedyDurationDays: 30),
            seed: seed) with
        {
            Commitments =
            [
                NoSanctuary(DefaultLifecycle.Instance),
                new Commitment
                {
                    Id = "ceasefire_host", Name = "Ceasefire (host)", OwnerIndex = Host,
                    BreachedBy = [IncidentKind.Strike], Lifecycle = DefaultLifecycle.Instance,
                },
                new Commitment
                {
                    Id = "ceasefire_victim", Name = "Ceasefire (victim)", OwnerIndex = Victim,
                    BreachedBy = [IncidentKind.Strike, IncidentKind.Attack], Lifecycle = DefaultLifecycle.Instance,
                },
            ],
            Tension = new TensionRules
            {
                HalfLifeDays = 20,
                BelievedClaim = 0.5,
                UnremediedBreach = 0.7,
                Retaliation = 1,
                AccessRefusal = 0.3,
            },
            Escalation = new EscalationRules { AttackMultiplierPerLevel = 0.5, DecayDays = 15 },
            Deterrence = new DeterrenceRules { Elasticity = 0.5 },
            Truce = new TruceRules { StrainedAtTension = 1, EscalatingAtLevel = 2, CollapseAtTension = 6, CollapseAtLevel = 5 },
        };
}
