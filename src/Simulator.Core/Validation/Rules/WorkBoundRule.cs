using System.Globalization;
using Simulator.Diagnostics;
using Simulator.Loading;
using Simulator.Model;

namespace Simulator.Validation.Rules;

/// <summary>
/// Bounds the work of a trial: at the highest rates the scenario allows (every group at the highest
/// escalation level, no remedy), the incidents and claims a trial expects over the horizon must stay
/// within <see cref="WorkLimits.MaxExpectedArrivalsPerTrial"/>. Every other event (verdicts,
/// deadlines, strikes) follows from one of them, so this bounds a trial's time and memory. Values
/// that vary between trials count at their worst end, a regime at its least deterring phase
/// (<see cref="ValueBounds"/>); the engine's per-trial event ceiling (<see cref="WorkLimits"/>)
/// catches the rare draw beyond a documented quantile.
/// </summary>
internal sealed class WorkBoundRule : IScenarioRule
{
    public IEnumerable<Problem> Check(Scenario scenario, SourceLocator source)
    {
        var level = scenario.Escalation.HighestWhileHolding(scenario.Truce);
        var bounds = new ValueBounds(scenario);
        var m = bounds.High("escalation.attack_multiplier_per_level", scenario.Escalation.AttackMultiplierPerLevel);
        var horizon = scenario.HorizonDays;
        var other = scenario.Principals.Sum(p => bounds.High($"principals.{p.Id}.domestic_incident_rate", p.DomesticIncidentRate)
            + bounds.High($"principals.{p.Id}.claims.fabrication_rate", p.Claims.FabricationRate));
        foreach (var regime in scenario.Regimes)
        {
            var groups = scenario.Groups.Select(g => AttackRates.Escalated(bounds.DeterredHigh(scenario, g, regime), m, level)).ToArray();
            var expected = (groups.Sum() + other) * horizon;
            if (!double.IsFinite(expected)) continue; // FiniteRatesRule names the parameter
            if (expected <= WorkLimits.MaxExpectedArrivalsPerTrial) continue;
            yield return source.Error(Culprit(scenario, groups),
                $"under regime '{regime.Id}' a trial could expect {Format(expected)} incidents and claims over {Format(horizon)} days "
                + $"(at escalation level {level}); at most {Format(WorkLimits.MaxExpectedArrivalsPerTrial)} are allowed: "
                + "lower the rates, escalation.attack_multiplier_per_level, escalation.max_level or run.horizon_days");
            yield break; // one problem per mistake: the other regimes share it
        }
    }

    // The key whose process contributes most, so the problem points where a fix is likeliest.
    private static string Culprit(Scenario scenario, double[] groups)
    {
        var best = "run.horizon_days";
        var most = 0.0;
        for (var g = 0; g < groups.Length; g++)
        {
            if (groups[g] <= most) continue;
            most = groups[g];
            best = scenario.Escalation.AttackMultiplierPerLevel * scenario.Escalation.HighestWhileHolding(scenario.Truce) >= 1 ? "escalation.attack_multiplier_per_level" : $"armed_groups[{g}].attack_rate";
        }
        for (var p = 0; p < scenario.Principals.Count; p++)
        {
            var principal = scenario.Principals[p];
            if (principal.DomesticIncidentRate > most) (most, best) = (principal.DomesticIncidentRate, $"principals[{p}].domestic_incident_rate");
            if (principal.Claims.FabricationRate > most) (most, best) = (principal.Claims.FabricationRate, $"principals[{p}].claims.fabrication_rate");
        }
        return best;
    }

    private static string Format(double value) => value.ToString(value >= 1e6 ? "0.###e0" : "#,0.###", CultureInfo.InvariantCulture);
}
