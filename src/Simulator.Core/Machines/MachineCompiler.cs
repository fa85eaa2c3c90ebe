using Simulator.Model;
using Stateless.Reflection;

namespace Simulator.Machines;

/// <summary>
/// Compiles a Stateless definition into a <see cref="CompiledMachine"/> by reading its
/// <c>GetInfo()</c>: the hot loop then fires by table lookup instead of through Stateless
/// (which allocates about 1 KB per Fire).
/// </summary>
public static class MachineCompiler
{
    /// <summary>Compiles a commitment lifecycle; state indices follow <see cref="Lifecycle.States"/>.</summary>
    /// <exception cref="ArgumentException">A transition or the initial state names an undeclared state, or two transitions share (from, trigger).</exception>
    public static CompiledMachine Compile(string name, Lifecycle lifecycle)
    {
        var stateNames = lifecycle.States.Select(s => s.Id).ToArray();
        RequireDeclaredOnce(lifecycle, stateNames);
        var info = LifecycleMachineFactory.Create(lifecycle).GetInfo();
        return Compile(name, stateNames, Array.IndexOf(stateNames, lifecycle.Initial), TriggerNames.Count, info,
            s => Array.IndexOf(stateNames, (string)s), t => (int)(Trigger)t);
    }

    /// <summary>Compiles the truce machine; state indices are <see cref="TruceState"/> values.</summary>
    public static CompiledMachine CompileTruce()
    {
        var stateNames = Enum.GetValues<TruceState>().Select(TruceStateNames.Name).ToArray();
        var info = TruceMachineFactory.Create().GetInfo();
        return Compile("truce", stateNames, (int)TruceState.Holding, Enum.GetValues<TruceTrigger>().Length, info,
            s => (int)(TruceState)s, t => (int)(TruceTrigger)t);
    }

    /// <summary>
    /// Stateless would accept a broken lifecycle and disagree with the table: an undeclared state
    /// would be dropped silently (a transition from it) or compiled as "ignored" while Stateless fires
    /// it (a transition to it), and a duplicate (from, trigger) throws in Stateless but compiles to the
    /// last one. The loader validates scenarios first; this is the last line of defence.
    /// </summary>
    private static void RequireDeclaredOnce(Lifecycle lifecycle, string[] stateNames)
    {
        var unknown = lifecycle.Transitions.SelectMany(t => new[] { t.From, t.To })
            .Append(lifecycle.Initial)
            .Where(id => Array.IndexOf(stateNames, id) < 0)
            .Distinct()
            .ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException(
                $"Lifecycle '{lifecycle.Name}' refers to undeclared state(s) {string.Join(", ", unknown.Select(u => $"'{u}'"))}; " +
                $"declare them under states (declared: {string.Join(", ", stateNames)}).",
                nameof(lifecycle));
        }
        var duplicate = lifecycle.Transitions.GroupBy(t => (t.From, t.Trigger)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(
                $"Lifecycle '{lifecycle.Name}' has {duplicate.Count()} transitions from '{duplicate.Key.From}' on " +
                $"'{TriggerNames.Name(duplicate.Key.Trigger)}'; keep one (a trigger may lead to one state only).",
                nameof(lifecycle));
        }
    }

    private static CompiledMachine Compile(
        string name, string[] stateNames, int initial, int triggerCount, StateMachineInfo info,
        Func<object, int> stateIndex, Func<object, int> triggerIndex)
    {
        var next = new int[stateNames.Length * triggerCount];
        Array.Fill(next, -1);
        foreach (var state in info.States)
        {
            var from = stateIndex(state.UnderlyingState);
            foreach (var transition in state.FixedTransitions)
            {
                next[from * triggerCount + triggerIndex(transition.Trigger.UnderlyingTrigger)] =
                    stateIndex(transition.DestinationState.UnderlyingState);
            }
        }
        return new CompiledMachine(name, stateNames, initial, triggerCount, next);
    }
}
