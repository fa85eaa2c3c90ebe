using System.Globalization;
using System.Text.Json;
using Simulator.Application.Observing;
using Simulator.Application.Reporting;
using Simulator.Application.Runs;
using Simulator.Checkpoints;
using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Output;
using Simulator.Results;
using Simulator.Storage;

namespace Simulator.Application.Merging;

/// <summary>
/// Merges the shards of a run: their exact tallies added into the tally of every trial, the
/// statistics built from it as `run` builds them, and the files written by the same writers,
/// trials.csv first, summary.json after the others and --out's manifest last. timing.json adds up the
/// shards' compute time.
/// </summary>
internal static class RunMerge
{
    public static RunOutcome Execute(MergePlan plan, IReportWriter? reports, IRunObserver observer, CancellationToken cancellationToken)
    {
        var run = plan.Run!;
        var request = run.Request;
        var scenario = run.Scenario;
        var tally = new RunTally(request.Scenario, request.RegimeIndices.Count, request.BaselinePosition);
        long events = 0;
        var seconds = 0.0;
        foreach (var shard in plan.Shards)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                tally.Merge(shard.Record.Parts[0].Tally.ToTally(request.Scenario));
            }
            catch (CheckpointException e)
            {
                throw new InputRejectedException(shard.Folder, $"shard {shard.Record.Label}: {e.Message}");
            }
            events += shard.Record.EventsProcessed;
            seconds += ComputeSeconds(shard);
        }
        var result = new RunResult
        {
            Request = request,
            Tally = tally,
            CompletedTrials = request.Trials,
            EventsProcessed = events,
            Elapsed = TimeSpan.FromSeconds(seconds),
        };
        var report = RunReport.Build(scenario.Scenario, scenario.Hash, scenario.SourceName, scenario.Overrides, result, new CauseCatalog(scenario.Scenario));

        var session = run.Session!;
        var folder = plan.Folder;
        if (run.TrialsCsv) session.Add([TrialsCsvJoin.Write(Path.Combine(folder, OutputFiles.Trials), plan.Shards, cancellationToken)], partial: false);
        cancellationToken.ThrowIfCancellationRequested();
        session.Add(OutputWriter.WriteAll(folder, report, result, scenario.SourceText, run.SurvivalRows), partial: false);
        session.Publish(); // last: until now, readers saw none of the merged files
        var written = OutputWriter.FilesWritten(report, run.TrialsCsv).ToList();
        if (run.Report || run.Plots)
        {
            var drawn = reports!.Write(folder, run.Report, run.Plots);
            session.AddExisting(drawn, partial: false);
            session.Publish();
            written.AddRange(drawn);
        }
        observer.Note(string.Create(CultureInfo.InvariantCulture,
            $"merged {plan.Shards.Count} shards ({request.Trials:N0} trials): wrote {string.Join(", ", written)} to {folder}"));
        return new RunOutcome(report, result, folder, written);
    }

    // The wall time a shard's timing.json recorded (informational: 0 when its manifest lists none or it
    // is not readable JSON); read through the manifest like every shard file, so a link or an edited file is refused.
    private static double ComputeSeconds(ShardSource shard)
    {
        if (!shard.Files.Has(OutputFiles.Timing)) return 0;
        try
        {
            var seconds = TimingJson.Read(shard.Files.ReadAllBytes(OutputFiles.Timing)).ElapsedSeconds;
            return double.IsFinite(seconds) ? seconds : 0;
        }
        catch (UnsafeFileException e)
        {
            throw new InputRejectedException(shard.Folder, $"shard {shard.Record.Label}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            return 0;
        }
    }
}
