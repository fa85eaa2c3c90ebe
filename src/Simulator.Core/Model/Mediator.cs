namespace Simulator.Model;

/// <summary>A mediator that may run or join a verification regime.</summary>
public sealed record Mediator
{
    /// <summary>Identifier used for references.</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }
    /// <summary>
    /// Per principal (by index; null where the file says nothing): the probability that principal
    /// accepts a refutation from a regime this mediator sits on. A regime's trust is its members' mean.
    /// </summary>
    public IReadOnlyList<double?> Regard { get; init; } = [null, null];
}
