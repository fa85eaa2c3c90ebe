namespace Simulator.Model;

/// <summary>
/// The keys that may vary between trials (<c>per_trial</c>), as patterns where <c>*</c> stands for
/// a list item or a name. Every real-valued behaviour key is here. Left out, for a reason each:
/// the run settings (they define the run), integer keys (levels and capacities shape compiled
/// machines and queues), and days that order a schedule (<c>start_day</c>, <c>phases[*].from_day</c>:
/// a draw could reorder the phases; make them <c>uncertain</c> instead).
/// </summary>
public static class TrialVariableKeys
{
    private static readonly string[] RegimeValues =
    [
        "access", "sensitivity", "specificity", "cost_per_claim", "cost_per_day",
        "access_by_territory.*.true_claim", "access_by_territory.*.unfounded_claim",
        "verdict_delay.days", "verdict_delay.median_days", "verdict_delay.p90_days",
    ];

    /// <summary>Every pattern, in documentation order.</summary>
    public static IReadOnlyList<string> Patterns { get; } =
    [
        "principals.*.domestic_incident_rate",
        "principals.*.claims.claim_true_incident", "principals.*.claims.misattribution", "principals.*.claims.fabrication_rate",
        "principals.*.responses.retaliate_confirmed", "principals.*.responses.retaliate_believed", "principals.*.responses.counter_retaliate",
        "principals.*.responses.patience_days", "principals.*.responses.trust_in_regime", "principals.*.responses.retaliation_delay_days",
        "principals.*.responses.refusal_as_confirmation",
        "principals.*.remedy.probability", "principals.*.remedy.attack_reduction", "principals.*.remedy.duration_days",
        "armed_groups.*.attack_rate", "armed_groups.*.restraint.capacity", "armed_groups.*.restraint.intent",
        "mediators.*.regard.*",
        "lifecycles.*.states.*.effects.add_tension",
        "tension.half_life_days", "tension.believed_claim", "tension.unremedied_breach", "tension.retaliation", "tension.access_refusal",
        "escalation.attack_multiplier_per_level", "escalation.decay_days",
        "deterrence.elasticity",
        "truce.strained_at_tension", "truce.collapse_at_tension",
        "initial_state.tension",
        .. RegimeValues.Select(k => "regimes.*." + k),
        .. RegimeValues.Select(k => "regimes.*.phases.*." + k),
    ];

    /// <summary>True when a value at <paramref name="pattern"/> may vary between trials.</summary>
    public static bool Contains(string pattern) => Patterns.Contains(pattern);
}
