namespace Simulator.Model;

/// <summary>
/// The attack-rate formulas of model-semantics.md, in one place: the engine compiles them and the
/// validation gate bounds them, so the two can never disagree.
/// </summary>
public static class AttackRates
{
    /// <summary>
    /// Attacks per day of <paramref name="group"/> under <paramref name="regime"/> before escalation and
    /// remedies: a · (1 − c · i_eff), with i_eff = i + (1 − i) · e · P_attr (inspection-game deterrence).
    /// </summary>
    public static double Deterred(ArmedGroup group, Regime regime, DeterrenceRules deterrence)
    {
        var intent = group.RestraintIntent + (1 - group.RestraintIntent) * deterrence.Elasticity * regime.AttributionProbability;
        return group.AttackRate * (1 - group.RestraintCapacity * intent);
    }

    /// <summary>The escalation multiplier 1 + m · level.</summary>
    public static double Escalated(double deterredRate, double multiplierPerLevel, int level) => deterredRate * (1 + multiplierPerLevel * level);
}
