using System.Globalization;
using Simulator.Diagnostics;
using Simulator.Loading;
using Simulator.Model;

namespace Simulator.Validation.Rules;

/// <summary>Regimes that load but cannot do what a modeller would expect of them (warnings).</summary>
internal sealed class RegimeWarningsRule : IScenarioRule
{
    public IEnumerable<Problem> Check(Scenario scenario, SourceLocator source)
    {
        for (var i = 0; i < scenario.Regimes.Count; i++)
        {
            var regime = scenario.Regimes[i];
            if (regime.Kind == RegimeKind.None) continue;
            if (regime.Sensitivity == 0 && regime.Specificity == 0)
            {
                yield return source.Warning($"regimes[{i}]",
                    "sensitivity and specificity are both 0: this regime never confirms a true claim and confirms every unfounded one");
            }
            if (regime.Delay.Distribution == DelayDistribution.Fixed && regime.Delay.Days >= scenario.HorizonDays)
            {
                yield return source.Warning($"regimes[{i}].verdict_delay.days",
                    $"a fixed verdict delay of {Format(regime.Delay.Days)} days is not shorter than horizon_days ({Format(scenario.HorizonDays)}): no verdict arrives before the horizon");
            }
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
