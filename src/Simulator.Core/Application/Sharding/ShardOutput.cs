using System.Globalization;
using Simulator.Application.Scenarios;
using Simulator.Checkpoints;
using Simulator.Engine;
using Simulator.Output;
using Simulator.Storage;

namespace Simulator.Application.Sharding;

/// <summary>
/// What a shard leaves in its folder: shard.bin (tallies and provenance), trials.csv with the share's
/// rows when asked, and, for a run, timing.json; the folder's manifest, written after them, lists
/// them (merge reads only what it lists). A cancelled shard leaves nothing, and what an earlier try
/// of the shard left is removed when its folder is opened (<see cref="Folders.FolderSession"/>).
/// </summary>
internal static class ShardOutput
{
    /// <summary>Writes a run shard's files; nothing when <paramref name="result"/> is partial. Returns the files written, shard.bin first.</summary>
    public static IReadOnlyList<WrittenFile> WriteRun(string folder, CheckedScenario scenario, ShardSlice slice, RunResult result, TrialsCsvWriter? trialsCsv)
    {
        if (result.Partial) return [];
        var written = new List<WrittenFile>();
        var rows = trialsCsv?.Commit();
        if (rows is not null) written.Add(rows);
        written.Add(AtomicFile.WriteAllText(Path.Combine(folder, OutputFiles.Timing), TimingJson.Render(result)));
        var record = Record("run", scenario, scenario.SourceName, [], [scenario.Hash], slice, result.EventsProcessed,
            [new ShardPart(0, slice.Start, slice.Length, TallyRecord.From(result.Tally))]);
        written.Insert(0, Write(folder, record with { TrialsCsv = rows is not null, TrialsCsvBytes = rows?.Bytes ?? 0, TrialsCsvHash = rows?.Sha256 ?? "" }));
        return written;
    }

    /// <summary>
    /// A shard's record: <paramref name="scenario"/> as the shard ran it (a study's base scenario),
    /// named <paramref name="source"/> in the outputs, the design's point hashes, the share and its tallies; no trials.csv.
    /// </summary>
    public static ShardRecord Record(string command, CheckedScenario scenario, string source, KeyValuePair<string, string>[] studyOptions,
        IReadOnlyList<string> pointHashes, ShardSlice slice, long events, ShardPart[] parts) => new()
    {
        Command = command,
        EngineVersion = EngineVersion.Current,
        ScenarioSource = source,
        ScenarioText = scenario.SourceText,
        ScenarioHash = scenario.Hash,
        Overrides = scenario.Overrides.ToArray(),
        RegimeIds = scenario.RegimeIds.ToArray(),
        StudyOptions = studyOptions,
        Seed = scenario.Scenario.Seed,
        Trials = scenario.Scenario.Trials,
        DesignHash = DesignHash.Of(pointHashes),
        Points = pointHashes.Count,
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
    };

    /// <summary>Writes <paramref name="record"/> as the folder's shard file, after the shard's other files.</summary>
    public static WrittenFile Write(string folder, ShardRecord record) => ShardFile.Write(ShardFile.PathIn(folder), record);

    /// <summary>The closing note of a shard: its share, the files, and what to do next.</summary>
    public static string Written(string folder, ShardSlice slice, IReadOnlyList<string> written) => string.Create(CultureInfo.InvariantCulture,
        $"shard {slice.Shard}: trials {slice.Start:N0} to {slice.End - 1:N0} of {slice.Total:N0}; wrote {string.Join(", ", written)} to {folder}. When every shard is done: truce-sim merge SHARD_DIR... --out DIR");
}
