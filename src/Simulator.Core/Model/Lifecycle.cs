namespace Simulator.Model;

/// <summary>
/// A commitment's states and transitions over the engine's <see cref="Trigger"/> vocabulary.
/// A trigger with no transition from the current state is ignored.
/// </summary>
public sealed record Lifecycle
{
    /// <summary>"default" for the engine's built-in lifecycle, else the scenario's name for it.</summary>
    public required string Name { get; init; }

    /// <summary>States in declaration order; the first is not necessarily initial.</summary>
    public required IReadOnlyList<LifecycleState> States { get; init; }

    /// <summary>Id of the state a trial starts in.</summary>
    public required string Initial { get; init; }

    /// <summary>Transitions; at most one per (from, trigger).</summary>
    public required IReadOnlyList<LifecycleTransition> Transitions { get; init; }
}
