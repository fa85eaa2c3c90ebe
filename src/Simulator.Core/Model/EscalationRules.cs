namespace Simulator.Model;

/// <summary>Escalation: an integer level raised by strikes that multiplies attack rates and decays step by step.</summary>
public sealed record EscalationRules
{
    /// <summary>Attack-rate multiplier per level: m = 1 + this × level.</summary>
    public required double AttackMultiplierPerLevel { get; init; }

    /// <summary>Days without a new strike after which the level drops by one; null means never.</summary>
    public double? DecayDays { get; init; }
}
