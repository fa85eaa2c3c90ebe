using System.Diagnostics;
using System.Globalization;
using Simulator.Application.Folders;
using Simulator.Application.Observing;
using Simulator.Application.Sharding;
using Simulator.Checkpoints;
using Simulator.Engine;

namespace Simulator.Application.Studies;

/// <summary>
/// Runs a study shard: the trial ranges of the points its share touches, each on the same trial
/// indices (and so the same random numbers) as the whole study runs them, then writes the shard
/// file with one exact tally per point touched, and the folder's manifest listing it.
/// </summary>
internal static class StudyShardRun
{
    public static ShardOutcome Execute(StudyPlan plan, FolderSession session, ApplicationSettings settings, IRunObserver observer, CancellationToken cancellationToken)
    {
        var slice = plan.Shard!;
        var folder = session.Folder;
        var points = plan.Points.Points;
        var ranges = slice.Parts(points.Select(p => (long)p.Scenario.Trials).ToArray());
        observer.Note(string.Create(CultureInfo.InvariantCulture,
            $"{plan.Command} shard {slice.Shard}: trials {slice.Start:N0} to {slice.End - 1:N0} of {slice.Total:N0} over {points.Count:N0} points (points {ranges[0].Point + 1} to {ranges[^1].Point + 1})"));
        var watch = Stopwatch.StartNew();
        var parts = new List<ShardPart>(ranges.Count);
        long done = 0;
        long events = 0;
        var runner = new SimulationRunner();
        foreach (var (point, firstTrial, trials) in ranges)
        {
            var request = PointRunner.Request(points[point], plan.Threads, settings.BlockSize) with { FirstTrial = firstTrial, Trials = trials };
            var result = runner.Run(request, new ShardProgress(observer, done, slice.Length, watch), null, cancellationToken);
            if (result.Partial)
            {
                observer.ProgressDone();
                observer.Note($"cancelled: shard {slice.Shard} wrote nothing: run it again.");
                return new ShardOutcome(slice, folder, [], Partial: true);
            }
            parts.Add(new ShardPart(point, firstTrial, trials, TallyRecord.From(result.Tally)));
            done += trials;
            events += result.EventsProcessed;
        }
        observer.ProgressDone();
        var shardFile = ShardOutput.Write(folder, ShardOutput.Record(plan.Command, plan.Base, plan.Points.Plan.DisplayName, plan.DesignOptions.ToArray(),
            points.Select(p => p.Hash).ToArray(), slice, events, parts.ToArray()));
        session.Add([shardFile], partial: false);
        session.Publish(); // last: merge reads only what the manifest lists
        IReadOnlyList<string> written = [ShardFile.Name];
        observer.Note(ShardOutput.Written(folder, slice, written));
        return new ShardOutcome(slice, folder, written, Partial: false);
    }

    // Progress over the whole share, across the points it touches.
    private sealed class ShardProgress(IRunObserver observer, long offset, long total, Stopwatch watch) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => observer.Progress(new RunProgress(offset + value.CompletedTrials, total, watch.Elapsed));
    }
}
