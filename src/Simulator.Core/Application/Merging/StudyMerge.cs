using Simulator.Application.Observing;
using Simulator.Application.Studies;
using Simulator.Checkpoints;
using Simulator.Engine;
using Simulator.Engine.Tallies;

namespace Simulator.Application.Merging;

/// <summary>
/// Merges the shards of a study: each point's tally is the sum of the parts the shards ran of it;
/// each point's statistics, the analysis and the files are then made exactly as the whole study makes them.
/// </summary>
internal static class StudyMerge
{
    public static StudyOutcome Execute(MergePlan plan, ApplicationSettings settings, IRunObserver observer, CancellationToken cancellationToken)
    {
        var study = plan.Study!;
        var points = study.Points.Points;
        var tallies = new RunTally?[points.Count];
        foreach (var shard in plan.Shards)
        {
            foreach (var part in shard.Record.Parts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var point = points[part.Point];
                RunTally tally;
                try
                {
                    tally = part.Tally.ToTally(point.Scenario);
                }
                catch (CheckpointException e)
                {
                    throw new InputRejectedException(shard.Folder, $"shard {shard.Record.Label}, point {part.Point + 1}: {e.Message}");
                }
                if (tallies[part.Point] is { } sum) sum.Merge(tally);
                else tallies[part.Point] = tally;
            }
        }
        var completed = new List<Simulator.Studies.Sweeps.PointResult>(points.Count);
        for (var p = 0; p < points.Count; p++)
        {
            var request = PointRunner.Request(points[p], study.Threads, settings.BlockSize);
            var result = new RunResult { Request = request, Tally = tallies[p]!, CompletedTrials = request.Trials, EventsProcessed = 0, Elapsed = TimeSpan.Zero };
            completed.Add(PointRunner.Result(study.Points, points[p], result));
        }
        observer.Note($"merged {plan.Shards.Count} shards of a {study.Command} of {points.Count} points");
        return StudyPipeline.Conclude(study, new PointRunResult(completed, points.Count, TimeSpan.Zero), observer);
    }
}
