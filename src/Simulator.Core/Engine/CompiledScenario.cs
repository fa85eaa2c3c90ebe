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

        foreach (var index in regimeIndices)
        {
            if (index < 0 || index >= scenario.Regimes.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(regimeIndices),
                    $"Regime index {index} is outside the scenario's {scenario.Regimes.Count} regimes.");
            }
        }

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
        InitialCommitmentStates = new int[commitments];
        for (var c = 0; c < commitments; c++)
        {
            var start = scenario.Initial.CommitmentStates.ElementAtOrDefault(c);
            InitialCommitmentStates[c] = start is null
                ? Machines[c].InitialState
                : scenario.Commitments[c].Lifecycle.States.Select(x => x.Id).ToList().IndexOf(start);
        }
        InitialLevel = scenario.Initial.EscalationLevel;

        Template = new TrialParameters(scenario, regimeIndices, Commitments.Tension);
        Regimes = new CompiledRegime[regimeIndices.Count];
        for (var r = 0; r < Regimes.Length; r++) Regimes[r] = new CompiledRegime(scenario.Regimes[regimeIndices[r]], Template, r);
        Variations = scenario.TrialVariations.Select(v => TrialVariationBinder.Bind(scenario, regimeIndices, Commitments, v)).ToArray();
        VariationDistributions = scenario.TrialVariations.Select(v => v.Distribution).ToArray();
        VariationValues = scenario.TrialVariations.Select(v => v.Distribution.Kind == UncertainKind.Discrete ? v.DiscreteValues() : []).ToArray();
        Truce = MachineCompiler.CompileTruce();
        Causes = new CauseCatalog(scenario);

        EscalatingAtLevel = scenario.Truce.EscalatingAtLevel;
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

    /// <summary>Every value that may vary per trial, at the scenario's point values: each simulator works on a copy.</summary>
    public TrialParameters Template { get; }

    /// <summary>Per <see cref="Scenario.TrialVariations"/> item: the write of one trial's draw.</summary>
    public Action<TrialParameters, double>[] Variations { get; }

    /// <summary>Per variation: its distribution (continuous families are drawn by inversion).</summary>
    public UncertainDistribution[] VariationDistributions { get; }

    /// <summary>Per variation: a discrete distribution's values (empty otherwise).</summary>
    public double[][] VariationValues { get; }

    /// <summary>Per commitment: its state index at day 0.</summary>
    public int[] InitialCommitmentStates { get; }

    /// <summary>Escalation level at day 0.</summary>
    public int InitialLevel { get; }

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

    /// <summary>Escalating threshold.</summary>
    public int EscalatingAtLevel { get; }

    /// <summary>Collapse by escalation (int.MaxValue: never).</summary>
    public int CollapseAtLevel { get; }

    /// <summary>The top of the escalation ladder: rises beyond it add nothing.</summary>
    public int MaxEscalationLevel { get; }

    /// <summary>Index into <see cref="Targets"/> for claims of <paramref name="kind"/> against <paramref name="accused"/>.</summary>
    public static int TargetList(int accused, IncidentKind kind) => accused * KindCount + (int)kind;
}
