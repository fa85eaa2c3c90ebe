using Simulator.Application.Observing;
using Simulator.Diagnostics;
using Simulator.Engine;
using Simulator.Results.Precision;

namespace Simulator.Cli.Rendering;

/// <summary>Tells the user on standard error what the application reports: warnings, notes, progress (unless quiet), precision checks.</summary>
internal sealed class ConsoleObserver(TextWriter error, ProgressDisplay? progress) : IRunObserver
{
    public void Warnings(IReadOnlyList<Problem> warnings)
    {
        foreach (var warning in warnings) ProblemText.Write(error, warning);
    }

    public void Progress(RunProgress value) => progress?.Report(value);

    public void ProgressDone() => progress?.Finish();

    public void Note(string message) => error.WriteLine(message);

    public void PrecisionChecked(PrecisionCheck check, PrecisionGoal goal)
    {
        if (progress is not null) error.WriteLine(PrecisionText.BatchLine(check, goal));
    }
}
