namespace Simulator.Model;

/// <summary>A spoiler group, not party to the truce, attacking one principal from the other's soil.</summary>
public sealed record ArmedGroup
{
    /// <summary>Identifier used for references.</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>Index into <see cref="Scenario.Principals"/> of the host whose soil it uses.</summary>
    public required int HostIndex { get; init; }

    /// <summary>Index into <see cref="Scenario.Principals"/> of the principal it attacks.</summary>
    public required int TargetIndex { get; init; }

    /// <summary>Attacks per day before restraint, remedies and escalation.</summary>
    public required double AttackRate { get; init; }

    /// <summary>Host's capacity to restrain this group, in [0,1].</summary>
    public required double RestraintCapacity { get; init; }

    /// <summary>Host's intent to restrain this group, in [0,1].</summary>
    public required double RestraintIntent { get; init; }
}
