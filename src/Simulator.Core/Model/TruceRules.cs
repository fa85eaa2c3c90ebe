namespace Simulator.Model;

/// <summary>Thresholds of the truce machine Holding → Strained → Escalating → Collapsed.</summary>
public sealed record TruceRules
{
    /// <summary>Tension at or above which the truce is Strained.</summary>
    public required double StrainedAtTension { get; init; }

    /// <summary>Escalation level at or above which the truce is Escalating.</summary>
    public required int EscalatingAtLevel { get; init; }

    /// <summary>Tension at or above which the truce collapses; null means tension alone never collapses it.</summary>
    public double? CollapseAtTension { get; init; }

    /// <summary>Escalation level at or above which the truce collapses; null means never by escalation.</summary>
    public int? CollapseAtLevel { get; init; }
}
