namespace Simulator.Engine;

/// <summary>One entry of the <see cref="EventQueue"/>; ordered by (time, priority, sequence).</summary>
internal struct ScheduledEvent
{
    /// <summary>Day at which it happens.</summary>
    public double Time;

    /// <summary>Tie-break at equal times, lower first.</summary>
    public int Priority;

    /// <summary>Insertion number: last tie-break, so equal events pop in the order they were scheduled.</summary>
    public long Sequence;

    /// <summary>What happens.</summary>
    public EventKind Kind;

    /// <summary>First payload (meaning depends on <see cref="Kind"/>).</summary>
    public int A;

    /// <summary>Second payload.</summary>
    public int B;

    /// <summary>True when this entry comes strictly before <paramref name="other"/>.</summary>
    public readonly bool Precedes(in ScheduledEvent other) =>
        Time < other.Time
        || (Time == other.Time && (Priority < other.Priority
            || (Priority == other.Priority && Sequence < other.Sequence)));
}
