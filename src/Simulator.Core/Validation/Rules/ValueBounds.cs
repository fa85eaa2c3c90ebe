using Simulator.Model;

namespace Simulator.Validation.Rules;

/// <summary>
/// The range each value of a scenario can take in some trial: its point value, or for a value that
/// varies between trials the support of its distribution (its 10⁻⁶ and 1 − 10⁻⁶ quantiles where
/// the support is unbounded: the engine's per-trial event ceiling catches the rarer draws). The
/// rules that bound rates and work take the worst end.
/// </summary>
internal sealed class ValueBounds
{
    private readonly Dictionary<string, TrialVariation> _byPath;

    public ValueBounds(Scenario scenario)
    {
        _byPath = scenario.TrialVariations.ToDictionary(v => v.Path, StringComparer.Ordinal);
    }

    /// <summary>The greatest value the key at <paramref name="path"/> can take.</summary>
    public double High(string path, double point) => _byPath.TryGetValue(path, out var v) ? Math.Max(v.High, point) : point;

    /// <summary>The least value the key at <paramref name="path"/> can take.</summary>
    public double Low(string path, double point) => _byPath.TryGetValue(path, out var v) ? Math.Min(v.Low, point) : point;

    /// <summary>True when some value under <paramref name="prefix"/> varies between trials.</summary>
    public bool Varies(string prefix) => _byPath.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>
    /// The highest deterred attack rate of <paramref name="group"/> under <paramref name="regime"/>
    /// in any phase and any trial: the least attribution over the phases (0 when a phase has no
    /// regime in place, or when the regime's values, the elasticity or the claimant's reading of
    /// refusals vary: a sound upper bound), the least restraint, the highest base rate.
    /// </summary>
    public double DeterredHigh(Scenario scenario, ArmedGroup group, Regime regime)
    {
        var g = $"armed_groups.{group.Id}";
        var claimant = scenario.Principals[group.TargetIndex];
        var attribution = double.PositiveInfinity;
        foreach (var phase in RegimeSchedule.Resolve(scenario, regime))
        {
            attribution = Math.Min(attribution, phase.Active
                ? AttackRates.Attribution(phase.Access[PhaseSettings.AccessCell(group.HostIndex, true)], phase.Sensitivity, claimant.Responses.RefusalAsConfirmation)
                : 0);
        }
        if (Varies($"regimes.{regime.Id}.") || Varies("deterrence.") || Varies($"principals.{claimant.Id}.responses.refusal_as_confirmation")) attribution = 0;
        return AttackRates.Deterred(High($"{g}.attack_rate", group.AttackRate), Low($"{g}.restraint.capacity", group.RestraintCapacity),
            Low($"{g}.restraint.intent", group.RestraintIntent), Low("deterrence.elasticity", scenario.Deterrence.Elasticity), attribution);
    }
}
