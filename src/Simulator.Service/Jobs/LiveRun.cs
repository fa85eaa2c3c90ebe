namespace Simulator.Service.Jobs;

/// <summary>A run being executed: its cancellation, whether a user asked for it, and its latest progress.</summary>
public sealed class LiveRun(long id, CancellationToken stopping) : IDisposable
{
    private readonly CancellationTokenSource _cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
    private long _completed;
    private long _total;
    private volatile bool _cancelRequested;

    /// <summary>The run's id.</summary>
    public long Id { get; } = id;

    /// <summary>Cancelled by a user's DELETE or by the server stopping.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>True when a user cancelled (not the server stopping).</summary>
    public bool CancelRequested => _cancelRequested;

    /// <summary>Trials per regime completed so far.</summary>
    public long Completed => Interlocked.Read(ref _completed);

    /// <summary>Trials per regime the run will complete.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>Records progress.</summary>
    public void Report(long completed, long total)
    {
        Interlocked.Exchange(ref _total, total);
        Interlocked.Exchange(ref _completed, completed);
    }

    /// <summary>A user's cancel: the run stops at its next trial and keeps what it completed.</summary>
    public void Cancel()
    {
        _cancelRequested = true;
        _cancel.Cancel();
    }

    /// <inheritdoc />
    public void Dispose() => _cancel.Dispose();
}
