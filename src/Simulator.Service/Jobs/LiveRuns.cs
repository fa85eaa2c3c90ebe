using System.Collections.Concurrent;

namespace Simulator.Service.Jobs;

/// <summary>The runs executing now, by id, so the API can show their progress and cancel them.</summary>
public sealed class LiveRuns
{
    private readonly ConcurrentDictionary<long, LiveRun> _runs = new();

    /// <summary>Registers a run that starts executing.</summary>
    public LiveRun Start(long id, CancellationToken stopping) => _runs[id] = new LiveRun(id, stopping);

    /// <summary>The executing run <paramref name="id"/>, or null.</summary>
    public LiveRun? Find(long id) => _runs.GetValueOrDefault(id);

    /// <summary>Forgets a run that stopped executing.</summary>
    public void End(LiveRun run)
    {
        _runs.TryRemove(run.Id, out _);
        run.Dispose();
    }
}
