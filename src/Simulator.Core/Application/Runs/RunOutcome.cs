using Simulator.Engine;
using Simulator.Results;

namespace Simulator.Application.Runs;

/// <summary>What a run produced: its statistics, the engine's result, and the files written.</summary>
/// <param name="Report">Every statistic, as the console, summary.json and the CSVs show it.</param>
/// <param name="Result">The engine's exact tallies over the completed trials.</param>
/// <param name="Folder">The run folder, or null when nothing was written.</param>
/// <param name="FilesWritten">Names of the files written into <paramref name="Folder"/>.</param>
public sealed record RunOutcome(RunReport Report, RunResult Result, string? Folder, IReadOnlyList<string> FilesWritten)
{
    /// <summary>True when the run was cancelled before every trial finished (outputs are marked partial).</summary>
    public bool Partial => Result.Partial;
}
