using Simulator.Model;
namespace Simulator.Loading;

internal sealed partial class ScenarioMapper
{
    /// <summary>Checks that span sections: endless strike cycles (error) and suspicious settings (warnings).</summary>
    private void Check(Scenario scenario, MappingReader root)
    {
        CheckEndlessStrikes(scenario, root);
        // Warnings judge the whole scenario; with errors, some of its values are mere fallbacks.
        if (_sink.HasErrors) return;
        CheckRegimeWarnings(scenario, root);
        CheckCollapsePossible(scenario, root);
    }

    private void CheckEndlessStrikes(Scenario scenario, MappingReader root)
    {
        if (scenario.Principals.Count != 2 || scenario.Truce.CollapseAtLevel is not null) return;
        if (scenario.Principals.Any(p => p.Responses.CounterRetaliate != 1)) return;
        var (node, path) = Locate(root, "principals[1].responses.counter_retaliate");
        _sink.Error(node, path,
            "counter_retaliate is 1 for both principals and truce.collapse_at_level is not set: every strike would be answered forever; lower counter_retaliate below 1 or set truce.collapse_at_level");
    }

    private void CheckRegimeWarnings(Scenario scenario, MappingReader root)
    {
        for (var i = 0; i < scenario.Regimes.Count; i++)
        {
            var regime = scenario.Regimes[i];
            if (regime.Kind == RegimeKind.None) continue;
            if (regime.Sensitivity == 0 && regime.Specificity == 0)
            {
                var (node, path) = Locate(root, $"regimes[{i}]");
                _sink.Warning(node, path,
                    "sensitivity and specificity are both 0: this regime never confirms a true claim and confirms every unfounded one");
            }
            if (regime.Delay.Distribution == DelayDistribution.Fixed && regime.Delay.Days >= scenario.HorizonDays)
            {
                var (node, path) = Locate(root, $"regimes[{i}].verdict_delay.days");
                _sink.Warning(node, path,
                    $"a fixed verdict delay of {Format(regime.Delay.Days)} days is not shorter than horizon_days ({Format(scenario.HorizonDays)}): no verdict arrives before the horizon");
            }
        }
    }

    private void CheckCollapsePossible(Scenario scenario, MappingReader root)
    {
        if (scenario.Truce.CollapseAtTension is not null || scenario.Truce.CollapseAtLevel is not null) return;
        if (scenario.Commitments.Any(c => c.Lifecycle.States.Any(s => s.Effects.Collapse))) return;
        var (node, path) = Locate(root, "truce");
        _sink.Warning(node, path,
            "nothing can collapse the truce: truce.collapse_at_tension and truce.collapse_at_level are not set and no commitment's lifecycle has a state with effects.collapse: true; every trial will reach the horizon");
    }

    /// <summary>
    /// The node at a key path like <c>regimes[1].verdict_delay.days</c>, or the deepest ancestor
    /// present (a defaulted value has no node of its own), with the path of that node.
    /// </summary>
    private static (DocNode Node, string Path) Locate(MappingReader root, string path)
    {
        DocNode node = root.Node;
        var found = "";
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[');
            var key = bracket < 0 ? segment : segment[..bracket];
            if (node is not MappingNode map || map.Get(key) is not { } child) break;
            node = child;
            found = found.Length == 0 ? key : $"{found}.{key}";
            if (bracket < 0) continue;
            var index = int.Parse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            if (node is not SequenceNode list || index >= list.Items.Count) break;
            node = list.Items[index];
            found += $"[{index}]";
        }
        return (node, found);
    }
}
