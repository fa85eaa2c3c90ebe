using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Simulator.Application.Scenarios;
using Simulator.Checkpoints;
using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Output;
using Simulator.Storage;

namespace Simulator.Application.Runs;

/// <summary>
/// Keeps a run folder resumable: writes scenario.yaml and a first checkpoint before any trial runs,
/// then, on the runner's merging thread, a checkpoint of the completed prefix every few seconds
/// (trials.csv flushed to disk first, so the checkpoint never claims rows that are not on disk),
/// a last one when the run is cancelled, and removes it once the run's outputs are complete.
/// </summary>
internal sealed class RunCheckpointer
{
    private readonly string _path;
    private readonly RunRequest _request;
    private readonly RunCheckpoint _identity;
    private readonly TrialsCsvWriter? _trialsCsv;
    private readonly long _prefixTrials;
    private readonly TimeSpan _interval;
    private readonly Stopwatch _sinceLast = new();

    private RunCheckpointer(string folder, RunRequest request, RunCheckpoint identity, TrialsCsvWriter? trialsCsv,
        long prefixTrials, TimeSpan interval)
    {
        _path = CheckpointFile.PathIn(folder);
        _request = request;
        _identity = identity;
        _trialsCsv = trialsCsv;
        _prefixTrials = prefixTrials;
        _interval = interval;
        if (trialsCsv is not null) trialsCsv.KeepUncommitted = true; // a failed run stays resumable
    }

    /// <summary>
    /// Starts checkpointing a new run into <paramref name="folder"/>: replaces any old checkpoint,
    /// writes scenario.yaml (so the folder can be resumed from the start) and a checkpoint at trial 0.
    /// </summary>
    public static RunCheckpointer StartNew(string folder, CheckedScenario loaded, RunRequest request, IReadOnlyList<string> regimeIds,
        TrialsCsvWriter? trialsCsv, int blockSize, TimeSpan interval)
    {
        AtomicFile.WriteAllText(Path.Combine(folder, OutputFiles.Scenario), loaded.SourceText);
        var identity = new RunCheckpoint
        {
            EngineVersion = EngineVersion.Current,
            ScenarioSource = loaded.SourceName,
            ScenarioHash = loaded.Hash,
            ScenarioTextHash = TextHash(loaded.SourceText),
            Overrides = loaded.Overrides.ToArray(),
            Seed = request.Scenario.Seed,
            TrialsRequested = request.Trials,
            RegimeIds = regimeIds.ToArray(),
            BlockSize = blockSize,
            CompletedTrials = 0,
            TrialsCsv = trialsCsv is not null,
            TrialsCsvBytes = 0,
            TrialsCsvRows = 0,
            TrialsCsvSha256 = "",
            Tally = TallyRecord.From(new RunTally(request.Scenario, regimeIds.Count, request.BaselinePosition)),
        };
        var checkpointer = new RunCheckpointer(folder, request, identity, trialsCsv, prefixTrials: 0, interval);
        checkpointer.Save(0, null);
        return checkpointer;
    }

    /// <summary>
    /// Continues checkpointing a resumed run over trials [k, n) whose checkpoint covered [0, k); the run
    /// adds to the checkpoint's tally itself (<see cref="RunRequest.StartTally"/>), so each tally it
    /// reports is already the whole prefix's.
    /// </summary>
    public static RunCheckpointer Continue(string folder, RunCheckpoint checkpoint, RunRequest remaining,
        TrialsCsvWriter? trialsCsv, TimeSpan interval)
    {
        var checkpointer = new RunCheckpointer(folder, remaining, checkpoint, trialsCsv, checkpoint.CompletedTrials, interval);
        checkpointer._sinceLast.Start();
        return checkpointer;
    }

    /// <summary>The checkpoint file as last written (null before the first).</summary>
    public WrittenFile? LastWritten { get; private set; }

    /// <summary>The request with the block-merged hook that writes checkpoints.</summary>
    public RunRequest Observe(RunRequest request) => request with { OnBlockMerged = OnBlockMerged };

    /// <summary>After the run: a cancelled run leaves its last checkpoint at the prefix it completed.</summary>
    public void Stopped(RunResult result)
    {
        if (result.Partial) Save(result.CompletedTrials, result.Tally);
    }

    /// <summary>The outputs of a complete run are written: the checkpoint is no longer needed.</summary>
    public void Completed(string folder) => CheckpointFile.Remove(folder);

    private void OnBlockMerged(long completedInRun, RunTally runTally)
    {
        if (_sinceLast.Elapsed < _interval) return;
        Save(completedInRun, runTally);
    }

    private void Save(long completedInRun, RunTally? runTally)
    {
        var csvBytes = _trialsCsv?.FlushToDisk() ?? 0; // rows on disk before the checkpoint that counts them
        var csvHash = _trialsCsv?.Flushed.Sha256 ?? "";
        var completed = _prefixTrials + completedInRun;
        var checkpoint = _identity with
        {
            CompletedTrials = completed,
            TrialsCsvBytes = _trialsCsv is null ? 0 : csvBytes,
            TrialsCsvRows = _trialsCsv is null ? 0 : completed * _identity.RegimeIds.Length,
            TrialsCsvSha256 = csvHash,
            Tally = runTally is null ? _identity.Tally : TallyRecord.From(runTally),
        };
        LastWritten = CheckpointFile.Write(_path, checkpoint);
        _sinceLast.Restart();
    }

    /// <summary>SHA-256 of a scenario text as written to scenario.yaml (UTF-8, no BOM).</summary>
    public static string TextHash(string text) => Convert.ToHexStringLower(SHA256.HashData(new UTF8Encoding(false).GetBytes(text)));
}
