using Simulator.Engine.Tallies;
using Simulator.Machines;
using Simulator.Model;

namespace Simulator.Engine;

/// <summary>
/// A scenario and its selected regimes compiled once per run into flat, immutable tables:
/// per-regime constants, dense commitment and truce machines, state effects by state index,
/// target-commitment lists per (accused, incident kind). Shared read-only by every worker thread.
/// </summary>
internal sealed class CompiledScenario
{
    /// <summary>Number of <see cref="IncidentKind"/> values (target lists are indexed accused × this + kind).</summary>
    public const int KindCount = 2;

    /// <summary>Compiles <paramref name="scenario"/> for the regimes at <paramref name="regimeIndices"/>.</summary>
    public CompiledScenario(Scenario scenario, IReadOnlyList<int> regimeIndices)
    {
        if (scenario.Principals.Count != 2)
        {
            throw new ArgumentException(
                $"Scenario '{scenario.Name}' has {scenario.Principals.Count} principals; the engine needs exactly 2.",
                nameof(scenario));
        }
        if (regimeIndices.Count == 0)
        {
            throw new ArgumentException("Select at least one regime to run.", nameof(regimeIndices));
        }
        var causeCount = (scenario.Commitments.Count + 1) * TriggerNames.Count;
        if (causeCount > RegimeTally.MaxCauses)
        {
            throw new ArgumentException(
                $"Scenario '{scenario.Name}' has {scenario.Commitments.Count} commitments; at most "
                + $"{RegimeTally.MaxCauses / TriggerNames.Count - 1} fit the collapse-cause ids.", nameof(scenario));
        }

        Scenario = scenario;
        Seed = scenario.Seed;
        HorizonDays = scenario.HorizonDays;
        HorizonTicks = TimeResolution.ToTicks(scenario.HorizonDays);

        Regimes = new CompiledRegime[regimeIndices.Count];
        for (var r = 0; r < Regimes.Length; r++)
        {
            var index = regimeIndices[r];
            if (index < 0 || index >= scenario.Regimes.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(regimeIndices),
                    $"Regime index {index} is outside the scenario's {scenario.Regimes.Count} regimes.");
            }
            Regimes[r] = new CompiledRegime(scenario, scenario.Regimes[index]);
        }

        Principals = new CompiledPrincipal[2];
        for (var p = 0; p < 2; p++) Principals[p] = new CompiledPrincipal(scenario.Principals[p]);

        var groups = scenario.Groups.Count;
        GroupHost = new int[groups];
        GroupTarget = new int[groups];
        for (var g = 0; g < groups; g++)
        {
            GroupHost[g] = scenario.Groups[g].HostIndex;
            GroupTarget[g] = scenario.Groups[g].TargetIndex;
        }

        var commitments = scenario.Commitments.Count;
        Machines = new CompiledMachine[commitments];
        var stateTension = new double[commitments][];
        var stateEscalation = new int[commitments][];
        var stateCollapse = new bool[commitments][];
        var targets = new List<int>[2 * KindCount];
        for (var i = 0; i < targets.Length; i++) targets[i] = [];
        for (var c = 0; c < commitments; c++)
        {
            var commitment = scenario.Commitments[c];
            Machines[c] = MachineCompiler.Compile(commitment.Id, commitment.Lifecycle);
            var states = commitment.Lifecycle.States;
            stateTension[c] = new double[states.Count];
            stateEscalation[c] = new int[states.Count];
            stateCollapse[c] = new bool[states.Count];
            for (var s = 0; s < states.Count; s++)
            {
                stateTension[c][s] = states[s].Effects.AddTension;
                stateEscalation[c][s] = states[s].Effects.AddEscalation;
                stateCollapse[c][s] = states[s].Effects.Collapse;
            }
            // Distinct kinds only: a commitment listing a kind twice is still one target.
            foreach (var kind in commitment.BreachedBy.Distinct())
            {
                targets[TargetList(commitment.OwnerIndex, kind)].Add(c);
            }
        }
        Targets = targets.Select(t => t.ToArray()).ToArray();
        Commitments = new CommitmentTable(Machines, stateTension, stateEscalation, stateCollapse);
        Truce = MachineCompiler.CompileTruce();
        Causes = new CauseCatalog(scenario);

        var tension = scenario.Tension;
        TensionDecayRate = tension.HalfLifeDays is { } half ? Math.Log(2) / half : 0;
        TensionBelievedClaim = tension.BelievedClaim;
        TensionUnremediedBreach = tension.UnremediedBreach;
        TensionRetaliation = tension.Retaliation;
        TensionAccessRefusal = tension.AccessRefusal;
        AttackMultiplierPerLevel = scenario.Escalation.AttackMultiplierPerLevel;
        EscalationDecayDays = scenario.Escalation.DecayDays ?? double.PositiveInfinity;
        StrainedAtTension = scenario.Truce.StrainedAtTension;
        EscalatingAtLevel = scenario.Truce.EscalatingAtLevel;
        CollapseAtTension = scenario.Truce.CollapseAtTension ?? double.PositiveInfinity;
        CollapseAtLevel = scenario.Truce.CollapseAtLevel ?? int.MaxValue;
        MaxEscalationLevel = scenario.Escalation.Cap(scenario.Truce);
    }

    /// <summary>The source scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>Master seed.</summary>
    public ulong Seed { get; }

    /// <summary>Horizon in days.</summary>
    public double HorizonDays { get; }

    /// <summary>Horizon in ticks: the duration of a censored trial.</summary>
    public long HorizonTicks { get; }

    /// <summary>Selected regimes by position.</summary>
    public CompiledRegime[] Regimes { get; }

    /// <summary>The two principals.</summary>
    public CompiledPrincipal[] Principals { get; }

    /// <summary>Number of armed groups.</summary>
    public int GroupCount => GroupHost.Length;

    /// <summary>Per group: host principal.</summary>
    public int[] GroupHost { get; }

    /// <summary>Per group: attacked principal.</summary>
    public int[] GroupTarget { get; }

    /// <summary>Per commitment: its lifecycle as a dense table (state indices follow the lifecycle's states).</summary>
    public CompiledMachine[] Machines { get; }




    /// <summary>The machines with their state effects, flattened for the hot loop.</summary>
    public CommitmentTable Commitments { get; }

    /// <summary>[<see cref="TargetList"/>]: commitments a claim of that kind against that principal drives, in file order.</summary>
    public int[][] Targets { get; }

    /// <summary>The truce machine.</summary>
    public CompiledMachine Truce { get; }

    /// <summary>Collapse-cause names.</summary>
    public CauseCatalog Causes { get; }

    /// <summary>Exponential decay rate of tension (ln 2 / half-life), 0 when it never decays.</summary>
    public double TensionDecayRate { get; }

    /// <summary>Tension added by a believed, unverified claim.</summary>
    public double TensionBelievedClaim { get; }

    /// <summary>Tension added by an unremedied confirmed breach.</summary>
    public double TensionUnremediedBreach { get; }

    /// <summary>Tension added by a strike.</summary>
    public double TensionRetaliation { get; }

    /// <summary>Tension added by an access refusal.</summary>
    public double TensionAccessRefusal { get; }

    /// <summary>Attack-rate multiplier per escalation level.</summary>
    public double AttackMultiplierPerLevel { get; }

    /// <summary>Days without a strike after which escalation drops a level (+∞: never).</summary>
    public double EscalationDecayDays { get; }

    /// <summary>Strained threshold.</summary>
    public double StrainedAtTension { get; }

    /// <summary>Escalating threshold.</summary>
    public int EscalatingAtLevel { get; }

    /// <summary>Collapse by tension (+∞: never).</summary>
    public double CollapseAtTension { get; }

    /// <summary>Collapse by escalation (int.MaxValue: never).</summary>
    public int CollapseAtLevel { get; }

    /// <summary>The top of the escalation ladder: rises beyond it add nothing.</summary>
    public int MaxEscalationLevel { get; }

    /// <summary>Index into <see cref="Targets"/> for claims of <paramref name="kind"/> against <paramref name="accused"/>.</summary>
    public static int TargetList(int accused, IncidentKind kind) => accused * KindCount + (int)kind;
}
