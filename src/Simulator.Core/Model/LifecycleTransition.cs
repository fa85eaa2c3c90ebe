namespace Simulator.Model;

/// <summary>A transition: in state <see cref="From"/>, <see cref="Trigger"/> moves the commitment to <see cref="To"/>.</summary>
public sealed record LifecycleTransition
{
    /// <summary>Source state id.</summary>
    public required string From { get; init; }

    /// <summary>The engine trigger that fires it.</summary>
    public required Trigger Trigger { get; init; }

    /// <summary>Destination state id (may equal <see cref="From"/>: re-entry applies effects again).</summary>
    public required string To { get; init; }
}
