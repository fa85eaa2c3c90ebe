using Simulator.Diagnostics;
using Simulator.Engine;
using Simulator.Results.Precision;

namespace Simulator.Application.Observing;

/// <summary>An observer that ignores everything (tests, embedding).</summary>
public sealed class SilentObserver : IRunObserver
{
    /// <summary>The one instance.</summary>
    public static readonly SilentObserver Instance = new();

    /// <inheritdoc />
    public void Warnings(IReadOnlyList<Problem> warnings)
    {
    }

    /// <inheritdoc />
    public void Progress(RunProgress progress)
    {
    }

    /// <inheritdoc />
    public void ProgressDone()
    {
    }

    /// <inheritdoc />
    public void Note(string message)
    {
    }

    /// <inheritdoc />
    public void PrecisionChecked(PrecisionCheck check, PrecisionGoal goal)
    {
    }
}
