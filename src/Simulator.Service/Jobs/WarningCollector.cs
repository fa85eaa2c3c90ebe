using Simulator.Application.Observing;
using Simulator.Diagnostics;
using Simulator.Engine;
using Simulator.Results.Precision;

namespace Simulator.Service.Jobs;

/// <summary>Keeps the warnings the gate reports while a submission is checked (nothing else happens then).</summary>
internal sealed class WarningCollector : IRunObserver
{
    public List<Problem> Collected { get; } = [];

    public void Warnings(IReadOnlyList<Problem> warnings) => Collected.AddRange(warnings);

    public void Progress(RunProgress progress)
    {
    }

    public void ProgressDone()
    {
    }

    public void Note(string message)
    {
    }

    public void PrecisionChecked(PrecisionCheck check, PrecisionGoal goal)
    {
    }
}
