using Microsoft.Extensions.Logging;
using Simulator.Application.Observing;
using Simulator.Diagnostics;
using Simulator.Engine;
using Simulator.Results.Precision;
using Simulator.Service.Store;

namespace Simulator.Service.Jobs;

/// <summary>
/// Hears a run as the console does in the CLI: progress goes to the live run at once and to the
/// database at most once a second (so a restart shows where it was); notes and warnings to the log.
/// </summary>
internal sealed class RunObserver(LiveRun live, RunStore store, TimeProvider time, ILogger logger) : IRunObserver
{
    private static readonly TimeSpan SaveInterval = TimeSpan.FromSeconds(1);
    private long _lastSave = long.MinValue;

    public void Warnings(IReadOnlyList<Problem> warnings)
    {
        foreach (var warning in warnings) logger.LogInformation("run {Id}: {Warning}", live.Id, warning.ToString());
    }

    public void Progress(RunProgress progress)
    {
        live.Report(progress.CompletedTrials, progress.TotalTrials);
        var now = time.GetTimestamp();
        if (_lastSave != long.MinValue && time.GetElapsedTime(_lastSave, now) < SaveInterval) return;
        _lastSave = now;
        store.SaveProgress(live.Id, progress.CompletedTrials, progress.TotalTrials);
    }

    public void ProgressDone()
    {
    }

    public void Note(string message) => logger.LogInformation("run {Id}: {Note}", live.Id, message);

    public void PrecisionChecked(PrecisionCheck check, PrecisionGoal goal)
    {
    }
}
