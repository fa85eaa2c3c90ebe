using System.Globalization;
using Simulator.Diagnostics;
using Simulator.Loading;
using Simulator.Model;

namespace Simulator.Validation.Rules;

/// <summary>The initial state must be a truce that still holds: below the collapse thresholds, within the escalation cap, in any trial.</summary>
internal sealed class InitialStateRule : IScenarioRule
{
    public IEnumerable<Problem> Check(Scenario scenario, SourceLocator source)
    {
        var initial = scenario.Initial;
        var bounds = new ValueBounds(scenario);
        var tension = bounds.High("initial_state.tension", initial.Tension);
        if (scenario.Truce.CollapseAtTension is { } collapse && tension >= bounds.Low("truce.collapse_at_tension", collapse))
        {
            yield return source.Error("initial_state.tension",
                $"must be less than truce.collapse_at_tension ({Format(collapse)}) in every trial; found {Format(tension)}: the truce would start collapsed");
        }
        var level = initial.EscalationLevel;
        if (scenario.Truce.CollapseAtLevel is { } top && level >= top)
        {
            yield return source.Error("initial_state.escalation_level",
                $"must be less than truce.collapse_at_level ({top}); found {level}: the truce would start collapsed");
        }
        else if (level > scenario.Escalation.Cap(scenario.Truce))
        {
            yield return source.Error("initial_state.escalation_level",
                $"must be at most the escalation cap ({scenario.Escalation.Cap(scenario.Truce)}); found {level}");
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
