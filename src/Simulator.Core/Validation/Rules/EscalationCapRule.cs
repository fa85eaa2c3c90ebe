using Simulator.Diagnostics;
using Simulator.Loading;
using Simulator.Model;

namespace Simulator.Validation.Rules;

/// <summary>A level cap below the collapse level would make collapse by escalation impossible without saying so.</summary>
internal sealed class EscalationCapRule : IScenarioRule
{
    public IEnumerable<Problem> Check(Scenario scenario, SourceLocator source)
    {
        if (scenario.Truce.CollapseAtLevel is not { } collapse || scenario.Escalation.MaxLevel is not { } max || max >= collapse) yield break;
        yield return source.Error("escalation.max_level",
            $"max_level {max} is below truce.collapse_at_level {collapse}: the truce could never collapse by escalation; raise max_level to at least {collapse} or remove it");
    }
}
