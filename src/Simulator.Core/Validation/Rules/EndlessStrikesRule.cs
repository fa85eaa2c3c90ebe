using Simulator.Diagnostics;
using Simulator.Loading;
using Simulator.Model;

namespace Simulator.Validation.Rules;

/// <summary>Both sides always answer a strike and nothing ends escalation: strikes would go on forever.</summary>
internal sealed class EndlessStrikesRule : IScenarioRule
{
    public IEnumerable<Problem> Check(Scenario scenario, SourceLocator source)
    {
        if (scenario.Principals.Count != 2 || scenario.Truce.CollapseAtLevel is not null) yield break;
        if (scenario.Principals.Any(p => p.Responses.CounterRetaliate != 1)) yield break;
        yield return source.Error("principals[1].responses.counter_retaliate",
            "counter_retaliate is 1 for both principals and truce.collapse_at_level is not set: every strike would be answered forever; lower counter_retaliate below 1 or set truce.collapse_at_level");
    }
}
