using Simulator.Application.Runs;
using Simulator.Application.Studies;

namespace Simulator.Application.Merging;

/// <summary>
/// A set of shards the merge accepted, ready to write: the shards in trial order, and the plan of
/// the single run (or study) they split, built again from their scenario and options, whose folder
/// is the merge's --out. Made only by <see cref="MergePipeline.Prepare"/>. It holds --out's one-writer
/// lock (through the run's or the study's plan) until <see cref="MergePipeline.Execute"/> ends, or
/// <see cref="Dispose"/> for a plan that is never executed.
/// </summary>
public sealed record MergePlan : IDisposable
{
    /// <summary>run, sweep, sample or sensitivity.</summary>
    public required string Command { get; init; }

    /// <summary>The shards, ordered by the trials they ran; together they cover every trial once.</summary>
    public required IReadOnlyList<ShardSource> Shards { get; init; }

    /// <summary>The merged folder (full path).</summary>
    public required string Folder { get; init; }

    /// <summary>For run shards: the whole run's plan (every trial, the merge's folder).</summary>
    public RunPlan? Run { get; init; }

    /// <summary>For study shards: the whole study's plan (every point, the merge's folder).</summary>
    public StudyPlan? Study { get; init; }

    /// <summary>Releases --out's lock (Execute does it when it ends).</summary>
    public void Dispose()
    {
        Run?.Dispose();
        Study?.Dispose();
    }
}
