using Simulator.Scenarios;
using Stateless;
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
    public static CompiledMachine Compile(string name, Lifecycle lifecycle)
    {
        var stateNames = lifecycle.States.Select(s => s.Id).ToArray();
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
