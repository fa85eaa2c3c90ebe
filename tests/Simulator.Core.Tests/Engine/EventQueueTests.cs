using Simulator.Engine;

namespace Simulator.Tests.Engine;

public sealed class EventQueueTests
{
    [Fact]
    public void Pop_EventsAtTheSameInstant_ComeByPriorityThenInsertionOrder()
    {
        var queue = new EventQueue(4);
        queue.Push(2.0, EventKind.PatienceDeadline, 1, 0);
        queue.Push(1.0, EventKind.Strike, 2, 0);
        queue.Push(2.0, EventKind.Verdict, 3, 0);
        queue.Push(2.0, EventKind.PatienceDeadline, 4, 0);
        queue.Push(0.5, EventKind.TensionEase, 5, 0);
        queue.Push(2.0, EventKind.Verdict, 6, 0);

        var order = new List<int>();
        while (queue.Count > 0) order.Add(queue.Pop().A);

        Assert.Equal([5, 2, 3, 6, 1, 4], order);
    }

    [Fact]
    public void Push_ManyRandomTimes_PopsInNondecreasingOrderAndGrowsOnlyWhenFull()
    {
        var queue = new EventQueue(8);
        var stream = RandomStream.Create(1, 2, 3);
        for (var i = 0; i < 1000; i++) queue.Push(stream.Uniform() * 100, EventKind.Strike, i, 0);
        var capacity = queue.Capacity;
        var last = double.NegativeInfinity;
        while (queue.Count > 0)
        {
            var e = queue.Pop();
            Assert.True(e.Time >= last);
            last = e.Time;
        }
        queue.Clear();
        for (var i = 0; i < 1000; i++) queue.Push(i, EventKind.Strike, i, 0);
        Assert.Equal(capacity, queue.Capacity);
    }
}
