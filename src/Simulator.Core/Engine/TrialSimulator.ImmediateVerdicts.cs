using System.Diagnostics;

namespace Simulator.Engine;

// Verdicts without delay (a fixed delay of 0 days, or a drawn one too small to move the clock) are
// due at the instant the examination starts. Through the event queue each cost a heap push and a
// pop; here they wait in a short FIFO beside it instead. Each takes the sequence number its push
// would have taken (EventQueue.Reserve), and Run picks the FIFO's head only when it precedes the
// queue's head by the queue's own (time, priority, sequence) order; every other source is then
// compared exactly as for a queued event. So every event is handled in the same order as before
// and every random number is drawn in the same order: outcomes are bit-identical (the trial-by-
// trial comparison in ImmediateVerdictTests, and the digests of GoldenOutcomeTests).
// All entries of the FIFO share one time: each is due at the instant it was filed, and it precedes
// everything that happens later, so time cannot move on before the FIFO is empty.
internal sealed partial class TrialSimulator
{
    private ScheduledEvent[] _immediate = new ScheduledEvent[16];
    private int _immediateHead;
    private int _immediateCount;

    /// <summary>Sends every verdict through the event queue, as before the fast path (tests compare the two).</summary>
    internal bool QueueEveryVerdict { get; set; }

    /// <summary>Verdicts delivered from the FIFO beside the queue, over all trials (a subset of <see cref="EventsProcessed"/>).</summary>
    internal long ImmediateVerdicts { get; private set; }

    private void ResetImmediateVerdicts()
    {
        _immediateHead = 0;
        _immediateCount = 0;
    }

    /// <summary>Schedules a verdict due at <paramref name="due"/>: beside the queue when due now, else in it.</summary>
    private void ScheduleVerdict(double due, int id, Verdict verdict)
    {
        // Due now is never after the horizon: an event at _now is being handled.
        if (due != _now || QueueEveryVerdict)
        {
            Schedule(due, EventKind.Verdict, id, (int)verdict);
            return;
        }
        Debug.Assert(_immediateCount == 0 || _immediate[_immediateHead].Time == due, "The FIFO holds one instant.");
        if (_immediateCount == 0) _immediateHead = 0;
        var end = _immediateHead + _immediateCount;
        if (end == _immediate.Length) Array.Resize(ref _immediate, _immediate.Length * 2); // grows once, then reused
        _immediate[end] = _queue.Reserve(due, EventKind.Verdict, id, (int)verdict);
        _immediateCount++;
    }

    /// <summary>True when the FIFO's head is the next of all queued events (the queue's order decides).</summary>
    private bool ImmediateVerdictFirst() => _immediateCount > 0 && _queue.Precedes(in _immediate[_immediateHead]);

    /// <summary>Delivers the FIFO's head, as <see cref="Dispatch"/> would have delivered it from the queue.</summary>
    private void DeliverImmediateVerdict()
    {
        var e = _immediate[_immediateHead];
        _immediateHead++;
        _immediateCount--;
        // Still a verdict event of the model: counted like a queued one, so events_processed (and
        // events per second in timing.json) mean the same with and without the fast path.
        EventsProcessed++;
        ImmediateVerdicts++;
        OnVerdict(e.A, (Verdict)e.B);
    }
}
