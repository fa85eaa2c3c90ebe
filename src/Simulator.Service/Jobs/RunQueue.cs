using System.Threading.Channels;

namespace Simulator.Service.Jobs;

/// <summary>Ids of queued runs, in submission order, for the workers (the database is the record; this only wakes them).</summary>
public sealed class RunQueue
{
    private readonly Channel<long> _ids = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = false });

    /// <summary>Wakes a worker for run <paramref name="id"/>.</summary>
    public void Enqueue(long id) => _ids.Writer.TryWrite(id);

    /// <summary>The ids as they come, until <paramref name="stopping"/>.</summary>
    public IAsyncEnumerable<long> ReadAllAsync(CancellationToken stopping) => _ids.Reader.ReadAllAsync(stopping);
}
