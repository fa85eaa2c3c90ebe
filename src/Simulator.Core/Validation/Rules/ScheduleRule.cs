using System.Globalization;
using Simulator.Diagnostics;
using Simulator.Loading;
using Simulator.Model;

namespace Simulator.Validation.Rules;

/// <summary>A regime that starts, or a phase that begins, at or after the horizon would change nothing in any trial.</summary>
internal sealed class ScheduleRule : IScenarioRule
{
    public IEnumerable<Problem> Check(Scenario scenario, SourceLocator source)
    {
        var h = scenario.HorizonDays;
        for (var r = 0; r < scenario.Regimes.Count; r++)
        {
            var regime = scenario.Regimes[r];
            if (regime.StartDay >= h)
            {
                yield return source.Error($"regimes[{r}].start_day", $"must be less than run.horizon_days ({Format(h)}); found {Format(regime.StartDay)}: the regime would never begin");
            }
            for (var k = 0; k < regime.Phases.Count; k++)
            {
                if (regime.Phases[k].FromDay >= h)
                {
                    yield return source.Error($"regimes[{r}].phases[{k}].from_day", $"must be less than run.horizon_days ({Format(h)}); found {Format(regime.Phases[k].FromDay)}: the phase would never begin");
                }
            }
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
