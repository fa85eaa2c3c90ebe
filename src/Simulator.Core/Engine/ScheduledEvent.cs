namespace Simulator.Engine;

/// <summary>
/// One entry of the <see cref="EventQueue"/>; ordered by (time, priority, sequence). Priority,
/// sequence and kind are packed into one 64-bit key so that the heap compares two numbers, not
/// four, and moves 24-byte entries.
/// </summary>
internal struct ScheduledEvent
{
    /// <summary>Bits of <see cref="Order"/> below the priority: 48 of sequence, 8 of kind.</summary>
    public const int PriorityShift = 56;

    private const int SequenceShift = 8;

    /// <summary>Day at which it happens.</summary>
    public double Time;

    /// <summary>
    /// priority (8 bits) · sequence (48 bits) · kind (8 bits), most significant first: comparing
    /// it compares the priority, then the insertion number (the kind never decides: sequences are unique).
    /// </summary>
    public ulong Order;

    /// <summary>First payload (meaning depends on <see cref="Kind"/>).</summary>
    public int A;

    /// <summary>Second payload.</summary>
    public int B;

    /// <summary>Builds an entry; <paramref name="priority"/> is 0–255 and <paramref name="sequence"/> below 2⁴⁸.</summary>
    public ScheduledEvent(double time, int priority, long sequence, EventKind kind, int a, int b)
    {
        Time = time;
        Order = ((ulong)(byte)priority << PriorityShift) | ((ulong)sequence << SequenceShift) | (byte)kind;
        A = a;
        B = b;
    }

    /// <summary>What happens.</summary>
    public readonly EventKind Kind => (EventKind)(byte)Order;

    /// <summary>Insertion number: last tie-break, so equal events pop in the order they were scheduled.</summary>
    public readonly long Sequence => (long)((Order << 8) >> (8 + SequenceShift));

    /// <summary>True when this entry comes strictly before <paramref name="other"/>.</summary>
    public readonly bool Precedes(in ScheduledEvent other) =>
        Time < other.Time || (Time == other.Time && Order < other.Order);
}
