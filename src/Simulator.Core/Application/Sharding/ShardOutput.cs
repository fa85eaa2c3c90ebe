using System.Globalization;
using Simulator.Application.Runs;
using Simulator.Application.Studies;
using Simulator.Checkpoints;
using Simulator.Engine;
using Simulator.Output;
using Simulator.Storage;

namespace Simulator.Application.Sharding;

/// <summary>
/// What a shard leaves in its folder: shard.bin (tallies and provenance, written last, so its
/// presence means the shard finished), trials.csv with the share's rows when asked, and, for a run,
/// timing.json. A cancelled shard leaves nothing, and an old shard file is removed before a shard runs.
/// </summary>
internal static class ShardOutput
{
    /// <summary>Removes what a previous shard left, so the folder never holds a shard file this run did not finish.</summary>
    public static void Clear(string folder) => ShardFile.Remove(folder);

    /// <summary>Writes a run shard's files; nothing when <paramref name="result"/> is partial. Returns the names written.</summary>
    public static IReadOnlyList<string> WriteRun(string folder, RunPlan plan, ShardSlice slice, RunResult result, TrialsCsvWriter? trialsCsv)
    {
        if (result.Partial) return [];
        var written = new List<string>();
        (string Hash, long Bytes) rows = ("", 0);
        if (trialsCsv is not null)
        {
            trialsCsv.Commit();
            rows = DesignHash.OfFile(Path.Combine(folder, OutputFiles.Trials));
            written.Add(OutputFiles.Trials);
        }
        AtomicFile.WriteAllText(Path.Combine(folder, OutputFiles.Timing), TimingJson.Render(result));
        written.Add(OutputFiles.Timing);
        var scenario = plan.Scenario;
        ShardFile.Write(ShardFile.PathIn(folder), new ShardRecord
        {
            Command = "run",
            EngineVersion = EngineVersion.Current,
            ScenarioSource = scenario.SourceName,
            ScenarioText = scenario.SourceText,
            ScenarioHash = scenario.Hash,
            Overrides = scenario.Overrides.ToArray(),
            RegimeIds = plan.RegimeIds.ToArray(),
            StudyOptions = [],
            Seed = scenario.Scenario.Seed,
            Trials = scenario.Scenario.Trials,
            DesignHash = DesignHash.Of([scenario.Hash]),
            Points = 1,
            TotalTrials = slice.Total,
            ShardIndex = slice.Shard.Index,
            ShardCount = slice.Shard.Count,
            RangeStart = slice.Start,
            RangeLength = slice.Length,
            TrialsCsv = trialsCsv is not null,
            TrialsCsvBytes = rows.Bytes,
            TrialsCsvHash = rows.Hash,
            EventsProcessed = result.EventsProcessed,
            Parts = [new ShardPart(0, slice.Start, slice.Length, TallyRecord.From(result.Tally))],
        });
        written.Insert(0, ShardFile.Name);
        return written;
    }

    /// <summary>Writes a study shard's file from the tallies of the points it touched. Returns the names written.</summary>
    public static IReadOnlyList<string> WriteStudy(string folder, StudyPlan plan, ShardSlice slice, ShardPart[] parts, long events)
    {
        var scenario = plan.Base;
        ShardFile.Write(ShardFile.PathIn(folder), new ShardRecord
        {
            Command = plan.Command,
            EngineVersion = EngineVersion.Current,
            ScenarioSource = plan.Points.Plan.DisplayName,
            ScenarioText = scenario.SourceText,
            ScenarioHash = scenario.Hash,
            Overrides = scenario.Overrides.ToArray(),
            RegimeIds = scenario.RegimeIds.ToArray(),
            StudyOptions = plan.DesignOptions.ToArray(),
            Seed = scenario.Scenario.Seed,
            Trials = scenario.Scenario.Trials,
            DesignHash = DesignHash.Of(plan.Points.Points.Select(p => p.Hash)),
            Points = plan.Points.Points.Count,
            TotalTrials = slice.Total,
            ShardIndex = slice.Shard.Index,
            ShardCount = slice.Shard.Count,
            RangeStart = slice.Start,
            RangeLength = slice.Length,
            TrialsCsv = false,
            TrialsCsvBytes = 0,
            TrialsCsvHash = "",
            EventsProcessed = events,
            Parts = parts,
        });
        return [ShardFile.Name];
    }

    /// <summary>The closing note of a shard: its share, the files, and what to do next.</summary>
    public static string Written(string folder, ShardSlice slice, IReadOnlyList<string> written) => string.Create(CultureInfo.InvariantCulture,
        $"shard {slice.Shard}: trials {slice.Start:N0} to {slice.End - 1:N0} of {slice.Total:N0}; wrote {string.Join(", ", written)} to {folder}. When every shard is done: simulator merge SHARD_DIR... --out DIR");
}
