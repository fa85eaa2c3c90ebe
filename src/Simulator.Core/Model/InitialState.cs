namespace Simulator.Model;

/// <summary>
/// Where a trial starts: a truce agreed just after clashes starts tense and escalated. The values
/// are set, not entered: no state effect fires at day 0.
/// </summary>
public sealed record InitialState
{
    /// <summary>Tension 0, level 0, every commitment in its lifecycle's initial state.</summary>
    public static readonly InitialState Calm = new();
    /// <summary>Tension at day 0 (then it decays as usual).</summary>
    public double Tension { get; init; }
    /// <summary>Escalation level at day 0 (its decay clock starts at day 0).</summary>
    public int EscalationLevel { get; init; }
    /// <summary>Per commitment (by index), the state it starts in; null keeps its lifecycle's initial state.</summary>
    public IReadOnlyList<string?> CommitmentStates { get; init; } = [];
}
