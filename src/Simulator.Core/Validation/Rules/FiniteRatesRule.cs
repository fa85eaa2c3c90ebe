using System.Globalization;
using Simulator.Diagnostics;
using Simulator.Loading;
using Simulator.Model;

namespace Simulator.Validation.Rules;

/// <summary>
/// Every effective rate must be a finite number at least 0. Each value is already in its own range;
/// this catches extreme combinations (a half-life of 1e-320 days makes an infinite decay rate; a
/// multiplier of 1e308 per level overflows at level 2) that would reach the engine as ∞ and come
/// out as NaN. Values that vary between trials are taken at the worst end of their range, and a
/// regime at its worst phase (<see cref="ValueBounds"/>).
/// </summary>
internal sealed class FiniteRatesRule : IScenarioRule
{
    /// <summary>Standard normal 90th percentile: converts (median, p90) into a log-sd.</summary>
    private const double NormalP90 = 1.2815515655446004;

    public IEnumerable<Problem> Check(Scenario scenario, SourceLocator source)
    {
        var bounds = new ValueBounds(scenario);
        if (scenario.Tension.HalfLifeDays is { } point && bounds.Low("tension.half_life_days", point) is var half && !Finite(Math.Log(2) / half))
        {
            yield return source.Error("tension.half_life_days",
                $"the half-life is so short that the decay rate ln 2 / half_life_days is not a finite number (half_life_days {Format(half)}); choose a less extreme value");
        }
        var level = scenario.Escalation.HighestWhileHolding(scenario.Truce);
        var m = bounds.High("escalation.attack_multiplier_per_level", scenario.Escalation.AttackMultiplierPerLevel);
        for (var r = 0; r < scenario.Regimes.Count; r++)
        {
            var regime = scenario.Regimes[r];
            for (var g = 0; g < scenario.Groups.Count; g++)
            {
                var group = scenario.Groups[g];
                var deterred = bounds.DeterredHigh(scenario, group, regime);
                if (!Finite(deterred))
                {
                    yield return source.Error($"armed_groups[{g}].attack_rate",
                        $"the attack rate of '{group.Id}' after restraint under regime '{regime.Id}' is not a finite rate (got {Format(deterred)}); choose a less extreme value");
                }
                else if (!Finite(AttackRates.Escalated(deterred, m, level)))
                {
                    yield return source.Error("escalation.attack_multiplier_per_level",
                        $"armed group '{group.Id}' would attack at a non-finite rate at escalation level {level} under regime '{regime.Id}' "
                        + $"(attack_rate {Format(group.AttackRate)} × (1 + {Format(m)} × {level})); lower the multiplier or escalation.max_level");
                }
            }
            foreach (var phase in RegimeSchedule.Resolve(scenario, regime).Where(p => p.Active && p.Delay.Distribution == DelayDistribution.LogNormal))
            {
                var medianPath = phase.Sources[RegimeSchedule.DelayMedian];
                var p90Path = phase.Sources[RegimeSchedule.DelayP90];
                var median = bounds.High(medianPath, phase.Delay.MedianDays);
                var p90 = bounds.Low(p90Path, phase.Delay.P90Days);
                var at = $"regimes[{r}]" + p90Path[$"regimes.{regime.Id}".Length..]; // the locator reads list indices
                var sigma = (Math.Log(bounds.High(p90Path, phase.Delay.P90Days)) - Math.Log(bounds.Low(medianPath, phase.Delay.MedianDays))) / NormalP90;
                if (!Finite(sigma))
                {
                    yield return source.Error(at,
                        $"the log-normal spread (ln p90 − ln median) / 1.2816 is not a finite number (got {Format(sigma)}); choose less extreme days");
                }
                else if (p90 <= median)
                {
                    yield return source.Error(at,
                        $"in some trial p90_days ({Format(p90)}) would not be greater than median_days ({Format(median)}); the values that vary between trials must keep p90 above the median");
                }
            }
        }
    }

    private static bool Finite(double rate) => double.IsFinite(rate) && rate >= 0;

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
