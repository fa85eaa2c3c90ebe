using Simulator.Model;

namespace Simulator.Engine;

/// <summary>
/// Checks every effective rate of a compiled scenario before a trial runs: each must be finite and
/// at least 0. The loader already rejects non-finite and negative values one by one; this catches
/// the extreme but individually valid combinations (a half-life of 1e-320 days makes an infinite
/// decay rate; a multiplier of 1e308 per escalation level overflows at level 2) whose products
/// would otherwise reach the engine as ∞ and come out as NaN.
/// </summary>
public static class RateGuard
{
    /// <summary>Highest escalation level checked when nothing caps it (truce.collapse_at_level unset).</summary>
    public const int UncappedLevel = 1_000_000;

    /// <summary>Checks every regime of <paramref name="scenario"/>; throws <see cref="NonFiniteRateException"/> naming the parameter.</summary>
    public static void Check(Scenario scenario) => Check(new CompiledScenario(scenario, Enumerable.Range(0, scenario.Regimes.Count).ToArray()));

    internal static void Check(CompiledScenario s)
    {
        var scenario = s.Scenario;
        Require(s.TensionDecayRate, "tension.half_life_days",
            "the half-life is so short that the decay rate ln 2 / half_life_days is not a finite number");
        var maxLevel = s.CollapseAtLevel == int.MaxValue ? UncappedLevel : s.CollapseAtLevel;
        foreach (var regime in s.Regimes)
        {
            for (var g = 0; g < regime.GroupBaseRate.Length; g++)
            {
                var group = scenario.Groups[g];
                Require(regime.GroupBaseRate[g], $"armed_groups[{group.Id}].attack_rate",
                    $"the attack rate after restraint under regime '{regime.Source.Id}' is not a finite rate");
                var escalated = regime.GroupBaseRate[g] * (1 + s.AttackMultiplierPerLevel * maxLevel);
                Require(escalated, "escalation.attack_multiplier_per_level",
                    $"armed group '{group.Id}' would attack at a non-finite rate at escalation level {maxLevel} under regime '{regime.Source.Id}' "
                    + $"(attack_rate {group.AttackRate:R} × (1 + {s.AttackMultiplierPerLevel:R} × {maxLevel})); lower the multiplier"
                    + (s.CollapseAtLevel == int.MaxValue ? " or set truce.collapse_at_level" : ""));
            }
            if (regime.Delay == DelayDistribution.LogNormal)
            {
                Require(regime.LogSigma, $"regimes[{regime.Source.Id}].delay.p90_days",
                    "the log-normal spread (ln p90 − ln median) / 1.2816 is not a finite number");
            }
        }
        for (var p = 0; p < s.Principals.Length; p++)
        {
            var id = scenario.Principals[p].Id;
            Require(s.Principals[p].DomesticIncidentRate, $"principals[{id}].domestic_incident_rate", "not a finite rate");
            Require(s.Principals[p].FabricationRate, $"principals[{id}].claims.fabrication_rate", "not a finite rate");
        }
    }

    private static void Require(double rate, string parameter, string reason)
    {
        if (double.IsFinite(rate) && rate >= 0) return;
        throw new NonFiniteRateException(parameter,
            $"{parameter}: {reason} (got {rate:R}); the run would compute NaN. Choose a less extreme value.");
    }
}
