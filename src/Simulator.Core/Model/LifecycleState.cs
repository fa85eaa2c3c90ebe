namespace Simulator.Model;

/// <summary>A lifecycle state and the effects applied each time it is entered.</summary>
public sealed record LifecycleState
{
    /// <summary>State id (snake_case).</summary>
    public required string Id { get; init; }

    /// <summary>Effects applied on entry.</summary>
    public StateEffects Effects { get; init; } = StateEffects.None;
}
