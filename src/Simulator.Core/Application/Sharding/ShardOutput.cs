using System.Globalization;
using Simulator.Application.Scenarios;
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
    public static IReadOnlyList<string> WriteRun(string folder, CheckedScenario scenario, ShardSlice slice, RunResult result, TrialsCsvWriter? trialsCsv)
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
        var record = Record("run", scenario, scenario.SourceName, [], [scenario.Hash], slice, result.EventsProcessed,
            [new ShardPart(0, slice.Start, slice.Length, TallyRecord.From(result.Tally))]);
        Write(folder, record with { TrialsCsv = trialsCsv is not null, TrialsCsvBytes = rows.Bytes, TrialsCsvHash = rows.Hash });
        written.Insert(0, ShardFile.Name);
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

    /// <summary>Writes <paramref name="record"/> as the folder's shard file: the shard's last file.</summary>
    public static void Write(string folder, ShardRecord record) => ShardFile.Write(ShardFile.PathIn(folder), record);

    /// <summary>The closing note of a shard: its share, the files, and what to do next.</summary>
    public static string Written(string folder, ShardSlice slice, IReadOnlyList<string> written) => string.Create(CultureInfo.InvariantCulture,
        $"shard {slice.Shard}: trials {slice.Start:N0} to {slice.End - 1:N0} of {slice.Total:N0}; wrote {string.Join(", ", written)} to {folder}. When every shard is done: truce-sim merge SHARD_DIR... --out DIR");
}
