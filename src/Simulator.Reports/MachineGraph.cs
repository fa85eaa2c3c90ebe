using System.Globalization;
using Simulator.Machines;
using Simulator.Model;

namespace Simulator.Reports;

/// <summary>A state machine as the report draws it: states (with their effects), the initial state and labelled transitions.</summary>
/// <param name="Id">Identifier (commitment id, or "truce").</param>
/// <param name="Title">Heading.</param>
/// <param name="States">State ids in definition order.</param>
/// <param name="Notes">Per state, a note such as "entry / collapse" ("" for none).</param>
/// <param name="Initial">Initial state id.</param>
/// <param name="Transitions">(from, trigger, to) in definition order.</param>
public sealed record MachineGraph(string Id, string Title, IReadOnlyList<string> States, IReadOnlyList<string> Notes, string Initial,
    IReadOnlyList<(string From, string Trigger, string To)> Transitions)
{
    /// <summary>A commitment's lifecycle.</summary>
    public static MachineGraph FromCommitment(Commitment commitment) => new(
        commitment.Id,
        $"{commitment.Name} ({commitment.Id}, lifecycle {commitment.Lifecycle.Name})",
        commitment.Lifecycle.States.Select(s => s.Id).ToList(),
        commitment.Lifecycle.States.Select(s => Describe(s.Effects)).ToList(),
        commitment.Lifecycle.Initial,
        commitment.Lifecycle.Transitions.Select(t => (t.From, TriggerNames.Name(t.Trigger), t.To)).ToList());

    /// <summary>The truce machine, read from Stateless' description of <see cref="TruceMachineFactory"/>.</summary>
    public static MachineGraph Truce()
    {
        var info = TruceMachineFactory.Create().GetInfo();
        var states = info.States.Select(s => TruceStateNames.Name((TruceState)s.UnderlyingState)).ToList();
        var transitions = info.States.SelectMany(s => s.FixedTransitions.Select(t => (
            TruceStateNames.Name((TruceState)s.UnderlyingState),
            t.Trigger.UnderlyingTrigger.ToString()!.ToLowerInvariant(),
            TruceStateNames.Name((TruceState)t.DestinationState.UnderlyingState)))).ToList();
        return new MachineGraph("truce", "The truce", states, states.Select(s => s == "collapsed" ? "final" : "").ToList(),
            TruceStateNames.Name((TruceState)info.InitialState.UnderlyingState), transitions);
    }

    private static string Describe(StateEffects effects)
    {
        var parts = new List<string>();
        if (effects.AddTension > 0) parts.Add("tension +" + effects.AddTension.ToString("R", CultureInfo.InvariantCulture));
        if (effects.AddEscalation > 0) parts.Add("escalation +" + effects.AddEscalation.ToString(CultureInfo.InvariantCulture));
        if (effects.Collapse) parts.Add("collapses the truce");
        return parts.Count == 0 ? "" : "on entry: " + string.Join(", ", parts);
    }
}
