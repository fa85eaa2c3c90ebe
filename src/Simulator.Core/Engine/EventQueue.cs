namespace Simulator.Engine;

/// <summary>
/// Binary min-heap of <see cref="ScheduledEvent"/> structs over a preallocated array that only
/// grows (doubling) when a trial needs more room than any before it: in steady state, pushing and
/// popping allocate nothing. Ties are broken by (priority, sequence), which makes the order fully
/// deterministic. Not thread-safe: one per <see cref="TrialSimulator"/>.
/// </summary>
internal sealed class EventQueue
{
    // Sequences live in 48 bits of the packed order key; a trial never comes near it.
    private const long MaxSequence = (1L << 48) - 1;

    private ScheduledEvent[] _heap;
    private int _count;
    private long _sequence;

    /// <summary>Creates an empty queue with room for <paramref name="capacity"/> events.</summary>
    public EventQueue(int capacity = 256) => _heap = new ScheduledEvent[Math.Max(capacity, 4)];

    /// <summary>Events queued.</summary>
    public int Count => _count;

    /// <summary>Current array capacity (for tests of the no-growth property).</summary>
    public int Capacity => _heap.Length;

    /// <summary>Empties the queue and restarts sequence numbers (keeps the array).</summary>
    public void Clear()
    {
        _count = 0;
        _sequence = 0;
    }

    /// <summary>Time of the earliest event, +∞ when empty.</summary>
    public double PeekTime => _count == 0 ? double.PositiveInfinity : _heap[0].Time;

    /// <summary>Schedules an event; its priority is its kind's value.</summary>
    /// <remarks>The kinds' values are 0–5, so the priority needs no range check (the engine's path).</remarks>
    public void Push(double time, EventKind kind, int a, int b) => Insert(time, (int)kind, kind, a, b);

    /// <summary>Schedules an event with an explicit priority (0–255).</summary>
    public void Push(double time, int priority, EventKind kind, int a, int b)
    {
        if ((uint)priority > byte.MaxValue) throw new ArgumentOutOfRangeException(nameof(priority), priority, "Priorities are 0–255.");
        Insert(time, priority, kind, a, b);
    }

    /// <summary>
    /// The event <see cref="Push(double, EventKind, int, int)"/> would queue, with the next sequence
    /// number, but not queued: for an event the caller keeps outside the queue yet orders against it
    /// (see <see cref="Precedes"/>). Later pushes get later numbers, exactly as if it had been pushed.
    /// </summary>
    public ScheduledEvent Reserve(double time, EventKind kind, int a, int b)
    {
        if (_sequence == MaxSequence) throw new InvalidOperationException("Too many events scheduled in one trial.");
        return new ScheduledEvent(time, (int)kind, _sequence++, kind, a, b);
    }

    /// <summary>True when <paramref name="item"/> would be popped before the queue's earliest event (or the queue is empty).</summary>
    public bool Precedes(in ScheduledEvent item) => _count == 0 || item.Precedes(in _heap[0]);

    private void Insert(double time, int priority, EventKind kind, int a, int b)
    {
        if (_sequence == MaxSequence) throw new InvalidOperationException("Too many events scheduled in one trial.");
        if (_count == _heap.Length) Array.Resize(ref _heap, _heap.Length * 2);
        var item = new ScheduledEvent(time, priority, _sequence++, kind, a, b);

        // Sift up: move parents down until the new item's slot is found. The span ends at the new
        // slot, so every index below is provably in range and the JIT drops the bounds checks.
        var heap = _heap.AsSpan(0, ++_count);
        var i = heap.Length - 1;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!item.Precedes(heap[parent])) break;
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = item;
    }

    /// <summary>Removes and returns the earliest event. The queue must not be empty.</summary>
    public ScheduledEvent Pop()
    {
        if (_count == 0) throw new InvalidOperationException("The event queue is empty.");
        var top = _heap[0];
        var last = _heap[--_count];
        if (_count > 0)
        {
            // Sift down the former last item from the root, over the remaining entries only.
            var heap = _heap.AsSpan(0, _count);
            var i = 0;
            while (true)
            {
                var child = 2 * i + 1;
                if (child >= heap.Length) break;
                var right = child + 1;
                if (right < heap.Length && heap[right].Precedes(heap[child])) child = right;
                if (!heap[child].Precedes(last)) break;
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = last;
        }
        return top;
    }
}
