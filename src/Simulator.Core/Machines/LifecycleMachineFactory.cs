using Simulator.Model;
using Stateless;

namespace Simulator.Machines;

/// <summary>
/// Defines a commitment's lifecycle as a Stateless machine: the reference definition, used to
/// validate, draw and compile it. Unhandled triggers are ignored, as in the engine.
/// </summary>
public static class LifecycleMachineFactory
{
    /// <summary>Builds a fresh machine in the lifecycle's initial state (not thread-safe: one per user).</summary>
    public static StateMachine<string, Trigger> Create(Lifecycle lifecycle)
    {
        var machine = new StateMachine<string, Trigger>(lifecycle.Initial);
        foreach (var state in lifecycle.States)
        {
            var config = machine.Configure(state.Id);
            foreach (var transition in lifecycle.Transitions.Where(t => t.From == state.Id))
            {
                if (transition.To == transition.From)
                {
                    config.PermitReentry(transition.Trigger);
                }
                else
                {
                    config.Permit(transition.Trigger, transition.To);
                }
            }
        }
        machine.OnUnhandledTrigger((_, _) => { });
        return machine;
    }
}
