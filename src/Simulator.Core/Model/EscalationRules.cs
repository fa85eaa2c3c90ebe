namespace Simulator.Model;

/// <summary>Escalation: an integer level raised by strikes that multiplies attack rates and decays step by step.</summary>
public sealed record EscalationRules
{
    /// <summary>Attack-rate multiplier per level: m = 1 + this × level.</summary>
    public required double AttackMultiplierPerLevel { get; init; }

    /// <summary>Days without a new strike after which the level drops by one; null means never.</summary>
    public double? DecayDays { get; init; }

    /// <summary>Highest level strikes and state effects can reach (escalation ladders have a top rung); null: not set.</summary>
    public int? MaxLevel { get; init; }

    /// <summary>The level cap when a scenario sets neither <c>escalation.max_level</c> nor a higher <c>truce.collapse_at_level</c>.</summary>
    public const int DefaultMaxLevel = 20;

    /// <summary>The level no rise goes beyond: max_level when set, else the default or the collapse level if higher.</summary>
    public int Cap(TruceRules truce) => MaxLevel ?? Math.Max(DefaultMaxLevel, truce.CollapseAtLevel ?? 0);

    /// <summary>The highest level a trial can be at while the truce holds (reaching the collapse level ends it).</summary>
    public int HighestWhileHolding(TruceRules truce) => Math.Min(Cap(truce), truce.CollapseAtLevel ?? int.MaxValue);
}
