using Simulator.Application.Runs;
using Simulator.Application.Studies;

namespace Simulator.Application.Merging;

/// <summary>What a merge produced: the single run's (or study's) outcome, as if it had run in one piece.</summary>
/// <param name="Plan">The merge.</param>
/// <param name="Run">For run shards: the run's statistics and files.</param>
/// <param name="Study">For study shards: the study's points, indices and files.</param>
public sealed record MergeOutcome(MergePlan Plan, RunOutcome? Run, StudyOutcome? Study)
{
    /// <summary>Names of the files written into the plan's folder.</summary>
    public IReadOnlyList<string> FilesWritten => Run?.FilesWritten ?? Study?.FilesWritten ?? [];
}
