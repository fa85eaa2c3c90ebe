using Simulator.Engine;

namespace Simulator.Application.Observing;

/// <summary>
/// The engine's progress callback, forwarded to an observer: counts shifted by <paramref name="offset"/>
/// and the total set to <paramref name="total"/> (or, when <paramref name="relative"/>, left as reported).
/// </summary>
internal sealed class ObserverProgress(IRunObserver observer, long offset, long total, long resumedAt = 0, bool relative = false) : IProgress<RunProgress>
{
    public void Report(RunProgress value) => observer.Progress(relative
        ? value
        : new RunProgress(offset + value.CompletedTrials, total, value.Elapsed) { ResumedAt = resumedAt });
}
