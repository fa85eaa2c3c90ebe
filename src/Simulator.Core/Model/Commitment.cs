namespace Simulator.Model;

/// <summary>A pledge by one principal, with a lifecycle driven by the engine's triggers.</summary>
public sealed record Commitment
{
    /// <summary>Identifier used for references and collapse causes.</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>Index into <see cref="Scenario.Principals"/> of the principal that made the pledge.</summary>
    public required int OwnerIndex { get; init; }

    /// <summary>Kinds of alleged incident that breach it; claims of these kinds against the owner drive it.</summary>
    public required IReadOnlyList<IncidentKind> BreachedBy { get; init; }

    /// <summary>Its lifecycle (the default one unless the scenario declares its own).</summary>
    public required Lifecycle Lifecycle { get; init; }
}
