using Simulator.Machines;
using Simulator.Model;

namespace Simulator.Engine;

/// <summary>
/// Every commitment's compiled lifecycle and state effects in flat arrays, for the hottest path of
/// a trial (each trigger about a claim is offered to each target commitment). Commitment c's state
/// s has the global index <c>StateBase[c] + s</c>; one array read gives a transition and one flag
/// says whether the state entered has any effect at all (most have none).
/// </summary>
internal sealed class CommitmentTable
{
    /// <summary>Flattens <paramref name="machines"/> and their per-state effects.</summary>
    public CommitmentTable(CompiledMachine[] machines, double[][] tension, int[][] escalation, bool[][] collapse)
    {
        TriggerCount = TriggerNames.Count;
        StateBase = new int[machines.Length];
        var states = 0;
        for (var c = 0; c < machines.Length; c++)
        {
            StateBase[c] = states;
            states += machines[c].StateCount;
        }
        Next = new int[states * TriggerCount];
        Tension = new double[states];
        Escalation = new int[states];
        Collapse = new bool[states];
        HasEffects = new bool[states];
        for (var c = 0; c < machines.Length; c++)
        {
            for (var s = 0; s < machines[c].StateCount; s++)
            {
                var global = StateBase[c] + s;
                for (var t = 0; t < TriggerCount; t++) Next[global * TriggerCount + t] = machines[c].Next(s, t);
                Tension[global] = tension[c][s];
                Escalation[global] = escalation[c][s];
                Collapse[global] = collapse[c][s];
                // Exactly the cases in which applying the effects does something (AddTension and
                // AddEscalation ignore amounts <= 0).
                HasEffects[global] = collapse[c][s] || !(tension[c][s] <= 0) || escalation[c][s] > 0;
            }
        }
    }

    /// <summary>Triggers per row of <see cref="Next"/>.</summary>
    public int TriggerCount { get; }

    /// <summary>Per commitment: global index of its state 0.</summary>
    public int[] StateBase { get; }

    /// <summary>[global state × triggers + trigger]: the commitment's next (local) state, −1 when it ignores the trigger.</summary>
    public int[] Next { get; }

    /// <summary>By global state: tension added on entry.</summary>
    public double[] Tension { get; }

    /// <summary>By global state: escalation levels added on entry.</summary>
    public int[] Escalation { get; }

    /// <summary>By global state: entering collapses the truce.</summary>
    public bool[] Collapse { get; }

    /// <summary>By global state: entering it does anything.</summary>
    public bool[] HasEffects { get; }
}
