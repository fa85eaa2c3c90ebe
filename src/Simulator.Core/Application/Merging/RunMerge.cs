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

namespace Simulator.Application.Merging;

/// <summary>
/// Merges the shards of a run: their exact tallies added into the tally of every trial, the
/// statistics built from it as `run` builds them, and the files written by the same writers,
/// trials.csv first and summary.json last. timing.json adds up the shards' compute time.
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
            seconds += ComputeSeconds(shard.Folder);
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

        var folder = plan.Folder;
        if (run.TrialsCsv) TrialsCsvJoin.Write(Path.Combine(folder, OutputFiles.Trials), plan.Shards, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        OutputWriter.WriteAll(folder, report, result, scenario.SourceText);
        if (File.Exists(CheckpointFile.PathIn(folder)))
        {
            CheckpointFile.Remove(folder); // the merged outputs replace whatever run was unfinished there
            observer.Note($"note: {folder} held the checkpoint of an unfinished run; the merged outputs replace it.");
        }
        var written = OutputWriter.FilesWritten(report, run.TrialsCsv).ToList();
        if (run.Report || run.Plots) written.AddRange(reports!.Write(folder, run.Report, run.Plots));
        observer.Note(string.Create(CultureInfo.InvariantCulture,
            $"merged {plan.Shards.Count} shards ({request.Trials:N0} trials): wrote {string.Join(", ", written)} to {folder}"));
        return new RunOutcome(report, result, folder, written);
    }

    // The wall time a shard's timing.json recorded (informational: 0 when it is missing or unreadable).
    private static double ComputeSeconds(string folder)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, OutputFiles.Timing)));
            return json.RootElement.TryGetProperty("elapsed_seconds", out var value) && value.TryGetDouble(out var seconds) ? seconds : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            return 0;
        }
    }
}
