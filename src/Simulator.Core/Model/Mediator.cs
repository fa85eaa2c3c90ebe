namespace Simulator.Model;

/// <summary>A mediator that may run or join a verification regime.</summary>
public sealed record Mediator
{
    /// <summary>Identifier used for references.</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }
}
