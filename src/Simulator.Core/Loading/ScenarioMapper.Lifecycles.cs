using Simulator.Machines;
using Simulator.Model;

namespace Simulator.Loading;

internal sealed partial class ScenarioMapper
{
    private static readonly (string Name, Trigger Value)[] Triggers =
        Enum.GetValues<Trigger>().Select(t => (TriggerNames.Name(t), t)).ToArray();

    /// <summary>Declared lifecycles by name; an invalid one maps to null so references to it are not reported twice.</summary>
    private Dictionary<string, Lifecycle?> MapLifecycles(MappingReader root)
    {
        var result = new Dictionary<string, Lifecycle?>(StringComparer.Ordinal);
        var node = root.Get("lifecycles");
        if (node is null) return result;
        if (node is not MappingNode map)
        {
            _sink.Error(node, "lifecycles", $"expected a mapping from lifecycle names to lifecycles, found {node.Describe()}");
            return result;
        }
        if (map.Entries.Count > LoadLimits.MaxLifecycles)
        {
            _sink.Error(map, "lifecycles", $"has {map.Entries.Count} entries; at most {LoadLimits.MaxLifecycles} are allowed");
            return result;
        }
        foreach (var (key, value) in map.Entries)
        {
            var path = $"lifecycles.{key.Value}";
            var name = ValueReader.Id(key, path, _sink);
            if (name == DefaultLifecycle.Name)
            {
                _sink.Error(key, path, $"the name '{DefaultLifecycle.Name}' is reserved for the built-in lifecycle", "choose another name");
                continue;
            }
            if (name is null) continue;
            if (value is not MappingNode lifecycleMap)
            {
                _sink.Error(value, path, $"expected a mapping with initial, states and transitions, found {value.Describe()}");
                result[name] = null;
                continue;
            }
            var errorsBefore = _sink.Errors.Count;
            var lifecycle = MapLifecycle(name, new MappingReader(lifecycleMap, path, _sink, ScenarioSchema.Lifecycle));
            result[name] = _sink.Errors.Count == errorsBefore ? lifecycle : null;
        }
        return result;
    }

    private Lifecycle MapLifecycle(string name, MappingReader r)
    {
        var states = new List<LifecycleState>();
        var stateIds = new IdSet();
        var stateNodes = new List<(DocNode Node, string Path)>();
        foreach (var s in r.Items("states", required: true, LoadLimits.MaxStates))
        {
            var id = RegisterId(s, stateIds);
            stateNodes.Add((s.Node, s.Path));
            var effects = s.Mapping("effects", required: false);
            states.Add(new LifecycleState
            {
                Id = id,
                Effects = effects is null
                    ? StateEffects.None
                    : new StateEffects
                    {
                        AddTension = effects.Number("add_tension", NumberRange.NonNegative, 0),
                        AddEscalation = (int)(effects.Integer("add_escalation", 0, 1000, required: false) ?? 0),
                        Collapse = effects.Bool("collapse", false),
                    },
            });
        }
        if (r.Get("states") is SequenceNode { Items.Count: 0 } empty)
        {
            _sink.Error(empty, r.PathOf("states"), "must declare at least one state");
        }

        var initial = r.Text("initial", required: true);
        if (initial is not null)
        {
            StateRef(r.Get("initial")!, r.PathOf("initial"), initial, stateIds.Ids, "initial state");
        }

        var transitions = new List<LifecycleTransition>();
        var firstByKey = new Dictionary<(string, Trigger), string>();
        var allTransitionsValid = true;
        foreach (var t in r.Items("transitions", required: false, LoadLimits.MaxTransitions))
        {
            var from = t.Text("from", required: true);
            var to = t.Text("to", required: true);
            var trigger = t.Choice("trigger", Triggers, required: true);
            var fromOk = from is not null && StateRef(t.Get("from")!, t.PathOf("from"), from, stateIds.Ids, "state");
            var toOk = to is not null && StateRef(t.Get("to")!, t.PathOf("to"), to, stateIds.Ids, "state");
            if (from is null || to is null || trigger is null || !fromOk || !toOk)
            {
                allTransitionsValid = false;
                continue;
            }
            if (firstByKey.TryGetValue((from, trigger.Value), out var first))
            {
                _sink.Error(t.Node, t.Path,
                    $"{first} already leaves '{from}' on '{TriggerNames.Name(trigger.Value)}'; a state has at most one transition per trigger");
                continue;
            }
            firstByKey[(from, trigger.Value)] = t.Path;
            transitions.Add(new LifecycleTransition { From = from, Trigger = trigger.Value, To = to });
        }

        var lifecycle = new Lifecycle { Name = name, Initial = initial ?? "", States = states, Transitions = transitions };
        // Reachability and dead ends are judged only on a fully resolved graph: a mistyped
        // trigger would otherwise also show up as an unreachable or dead-end state.
        if (initial is not null && stateIds.Ids.Contains(initial) && allTransitionsValid)
        {
            LifecycleChecks.CheckStates(lifecycle, stateNodes, _sink);
        }
        return lifecycle;
    }

    /// <summary>Checks a state reference; false (after reporting, with a suggestion) when it names no declared state.</summary>
    private bool StateRef(DocNode node, string path, string id, IReadOnlyList<string> stateIds, string what)
    {
        if (stateIds.Contains(id)) return true;
        _sink.Error(node, path, $"{what} '{id}' is not declared in states",
            Diagnostics.NameSuggester.Help(id, stateIds.Where(s => s.Length > 0).Distinct().ToList()));
        return false;
    }

    private List<Commitment> MapCommitments(MappingReader root, Dictionary<string, Lifecycle?> lifecycles)
    {
        var result = new List<Commitment>();
        var ids = new IdSet();
        var lifecycleNames = lifecycles.Keys.Prepend(DefaultLifecycle.Name).ToList();
        foreach (var r in root.Items("commitments", required: false, LoadLimits.MaxCommitments))
        {
            var id = RegisterId(r, ids);
            var owner = PrincipalRef(r, "owner");
            var breachedBy = MapBreachedBy(r);
            var lifecycle = DefaultLifecycle.Instance;
            if (r.Get("lifecycle") is { } lifecycleNode)
            {
                var index = ValueReader.Reference(lifecycleNode, r.PathOf("lifecycle"), _sink, "lifecycle", lifecycleNames);
                if (index > 0)
                {
                    lifecycle = lifecycles[lifecycleNames[index]] ?? DefaultLifecycle.Instance;
                }
            }
            result.Add(new Commitment
            {
                Id = id,
                Name = r.Text("name", required: false) ?? id,
                OwnerIndex = owner,
                BreachedBy = breachedBy,
                Lifecycle = lifecycle,
            });
        }
        return result;
    }

    private List<IncidentKind> MapBreachedBy(MappingReader r)
    {
        var kinds = new List<IncidentKind>();
        if (r.Sequence("breached_by", required: true, IncidentKinds.Length * 4) is not { } list) return kinds;
        if (list.Items.Count == 0)
        {
            _sink.Error(list, r.PathOf("breached_by"), "must list at least one incident kind (attack, strike)");
        }
        for (var i = 0; i < list.Items.Count; i++)
        {
            var path = $"{r.PathOf("breached_by")}[{i}]";
            if (ValueReader.Choice(list.Items[i], path, _sink, IncidentKinds) is not { } kind) continue;
            if (kinds.Contains(kind))
            {
                _sink.Error(list.Items[i], path, $"'{IncidentKinds[(int)kind].Name}' is listed twice");
                continue;
            }
            kinds.Add(kind);
        }
        return kinds;
    }
}
