using Simulator.Model;
namespace Simulator.Loading;

/// <summary>
/// Structural checks of a declared lifecycle whose references all resolve: every state must be
/// reachable from the initial one, and a state that cannot be left must collapse the truce or
/// re-enter itself with effects (a counting state, as in the Erlang reference case); otherwise a
/// commitment would sit there forever, silently deaf to every later claim.
/// </summary>
internal static class LifecycleChecks
{
    public static void CheckStates(Lifecycle lifecycle, IReadOnlyList<(DocNode Node, string Path)> stateNodes, ErrorSink sink)
    {
        var reachable = new HashSet<string>(StringComparer.Ordinal) { lifecycle.Initial };
        var pending = new Queue<string>([lifecycle.Initial]);
        while (pending.Count > 0)
        {
            var state = pending.Dequeue();
            foreach (var transition in lifecycle.Transitions)
            {
                if (transition.From == state && reachable.Add(transition.To))
                {
                    pending.Enqueue(transition.To);
                }
            }
        }

        for (var i = 0; i < lifecycle.States.Count && i < stateNodes.Count; i++)
        {
            var state = lifecycle.States[i];
            if (state.Id.Length == 0) continue;
            var (node, path) = stateNodes[i];
            if (!reachable.Contains(state.Id))
            {
                sink.Error(node, path,
                    $"state '{state.Id}' cannot be reached from the initial state '{lifecycle.Initial}'; add a transition into it or remove it");
            }
            var canLeave = lifecycle.Transitions.Any(t => t.From == state.Id && t.To != state.Id);
            var countsReentries = state.Effects.Any && lifecycle.Transitions.Any(t => t.From == state.Id && t.To == state.Id);
            if (!canLeave && !state.Effects.Collapse && !countsReentries)
            {
                sink.Error(node, path,
                    $"state '{state.Id}' cannot be left (no transition leads out of it) and does not collapse the truce; add a transition from it, a re-entry with effects, or set effects.collapse: true");
            }
        }
    }
}
