using Simulator.Diagnostics;
using Simulator.Engine;
using Simulator.Results.Precision;

namespace Simulator.Application.Observing;

/// <summary>
/// What a front end hears while the application works: warnings about the input, progress, notes
/// (a resumed run, a replaced checkpoint, the files written) and the checks of a precision-driven
/// run. Called on the thread that runs the work, one call at a time.
/// </summary>
public interface IRunObserver
{
    /// <summary>Warnings about the input: it still runs.</summary>
    void Warnings(IReadOnlyList<Problem> warnings);

    /// <summary>Trials completed so far (resumed runs count from their checkpoint).</summary>
    void Progress(RunProgress progress);

    /// <summary>The progress of one stage is over (a run's trials, a point, a batch).</summary>
    void ProgressDone();

    /// <summary>A line worth telling the user.</summary>
    void Note(string message);

    /// <summary>A precision-driven run checked its goal after a batch.</summary>
    void PrecisionChecked(PrecisionCheck check, PrecisionGoal goal);
}
