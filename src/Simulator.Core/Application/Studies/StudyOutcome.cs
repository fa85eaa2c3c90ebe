using Simulator.Studies.Sensitivity;
using Simulator.Studies.Sweeps;

namespace Simulator.Application.Studies;

/// <summary>What a study produced: the points that finished, the sensitivity indices, the files written.</summary>
/// <param name="Plan">The study run.</param>
/// <param name="Result">The points that finished (a prefix of the design when cancelled).</param>
/// <param name="Indices">Sensitivity indices, ranked per regime (empty for sweeps and samples).</param>
/// <param name="FilesWritten">Names of the files written into the plan's folder.</param>
public sealed record StudyOutcome(StudyPlan Plan, PointRunResult Result, IReadOnlyList<SensitivityRow> Indices, IReadOnlyList<string> FilesWritten)
{
    /// <summary>Points that finished, in design order.</summary>
    public IReadOnlyList<PointResult> Completed => Result.Completed;

    /// <summary>True when cancelled before every point finished.</summary>
    public bool Partial => Result.Partial;
}
