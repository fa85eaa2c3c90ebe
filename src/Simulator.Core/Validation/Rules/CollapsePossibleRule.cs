using Simulator.Diagnostics;
using Simulator.Loading;
using Simulator.Model;

namespace Simulator.Validation.Rules;

/// <summary>Nothing in the scenario can collapse the truce (a warning: every trial reaches the horizon).</summary>
internal sealed class CollapsePossibleRule : IScenarioRule
{
    public IEnumerable<Problem> Check(Scenario scenario, SourceLocator source)
    {
        if (scenario.Truce.CollapseAtTension is not null || scenario.Truce.CollapseAtLevel is not null) yield break;
        if (scenario.Commitments.Any(c => c.Lifecycle.States.Any(s => s.Effects.Collapse))) yield break;
        yield return source.Warning("truce",
            "nothing can collapse the truce: truce.collapse_at_tension and truce.collapse_at_level are not set and no commitment's lifecycle has a state with effects.collapse: true; every trial will reach the horizon");
    }
}
