namespace Simulator.Model;

/// <summary>
/// The attack-rate formulas of model-semantics.md, in one place: the engine compiles them and the
/// validation gate bounds them, so the two can never disagree.
/// </summary>
public static class AttackRates
{
    /// <summary>
    /// Attacks per day before escalation and remedies: a · (1 − c · i_eff), with
    /// i_eff = i + (1 − i) · e · P_attr (inspection-game deterrence).
    /// </summary>
    public static double Deterred(double attackRate, double capacity, double intent, double elasticity, double attribution)
    {
        var effective = intent + (1 - intent) * elasticity * attribution;
        return attackRate * (1 - capacity * effective);
    }

    /// <summary>
    /// The probability that an attack the claimant suffers and claims is attributed to the host:
    /// monitors get in (access to true claims on the host's territory) and confirm it, or they are
    /// refused and the claimant reads the refusal as confirmation. 0 while no regime is in place.
    /// </summary>
    public static double Attribution(double accessTrueClaim, double sensitivity, double refusalAsConfirmation) =>
        accessTrueClaim * sensitivity + (1 - accessTrueClaim) * refusalAsConfirmation;

    /// <summary>The escalation multiplier 1 + m · level.</summary>
    public static double Escalated(double deterredRate, double multiplierPerLevel, int level) => deterredRate * (1 + multiplierPerLevel * level);
}
