using Stateless;

namespace Simulator.Machines;

/// <summary>The truce machine holding → strained → escalating → collapsed, in one table.</summary>
public static class TruceMachineFactory
{
    /// <summary>Builds a fresh truce machine in <see cref="TruceState.Holding"/>.</summary>
    public static StateMachine<TruceState, TruceTrigger> Create()
    {
        var machine = new StateMachine<TruceState, TruceTrigger>(TruceState.Holding);

        machine.Configure(TruceState.Holding)
            .Permit(TruceTrigger.Strain, TruceState.Strained)
            .Permit(TruceTrigger.Escalate, TruceState.Escalating)
            .Permit(TruceTrigger.Collapse, TruceState.Collapsed);

        machine.Configure(TruceState.Strained)
            .Permit(TruceTrigger.Ease, TruceState.Holding)
            .Permit(TruceTrigger.Escalate, TruceState.Escalating)
            .Permit(TruceTrigger.Collapse, TruceState.Collapsed);

        // Leaving escalation lands on strained; the engine fires Ease next if tension is low too.
        machine.Configure(TruceState.Escalating)
            .Permit(TruceTrigger.Deescalate, TruceState.Strained)
            .Permit(TruceTrigger.Collapse, TruceState.Collapsed);

        machine.Configure(TruceState.Collapsed);

        machine.OnUnhandledTrigger((_, _) => { });
        return machine;
    }
}
