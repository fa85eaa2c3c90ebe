using Simulator.Model;
namespace Simulator.Loading;

internal sealed partial class ScenarioMapper
{
    // initial_state may be omitted: a truce that starts calm (tension 0, level 0, initial states).
    private InitialState MapInitial(MappingReader root, IReadOnlyList<Commitment> commitments)
    {
        if (root.Mapping("initial_state", required: false) is not { } r) return InitialState.Calm;
        var states = new string?[commitments.Count];
        var ids = commitments.Select(c => c.Id).ToList();
        foreach (var (name, value, path) in r.Named("commitments", LoadLimits.MaxCommitments))
        {
            var c = ValueReader.Reference(name, path, _sink, "commitment", ids);
            var state = ValueReader.Text(value, path, _sink);
            if (c < 0 || state is null) continue;
            var declared = commitments[c].Lifecycle.States.Select(s => s.Id).ToList();
            if (!declared.Contains(state))
            {
                _sink.Error(value, path, $"state '{state}' is not a state of lifecycle '{commitments[c].Lifecycle.Name}'"
                    + Diagnostics.NameSuggester.Hint(state, declared));
                continue;
            }
            states[c] = state;
        }
        return new InitialState
        {
            Tension = r.Number("tension", NumberRange.NonNegative, 0),
            EscalationLevel = (int)(r.Integer("escalation_level", 0, MaxLevel, required: false) ?? 0),
            CommitmentStates = states,
        };
    }
}
