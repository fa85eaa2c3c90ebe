using System.Globalization;
using Simulator.Checkpoints;
using Simulator.Cli.Hosting;
using Simulator.Cli.Rendering;
using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Output;
using Simulator.Results;

namespace Simulator.Cli.Running;

/// <summary>
/// `run --resume DIR`: continues the run whose checkpoint is in DIR. Reads only DIR (its
/// checkpoint.bin, scenario.yaml and trials.csv), reloads and re-validates the scenario with the
/// checkpoint's overrides, refuses when anything that shapes the results differs, then runs the
/// trials the checkpoint lacks and writes outputs byte-identical to an uninterrupted run.
/// </summary>
internal sealed class ResumeJob(ConsoleStreams streams, SimulatorSettings settings)
{
    public Task<int> ExecuteAsync(RunOptions options, CancellationToken cancellationToken)
    {
        if (options.Threads is < 1 or > 1024)
        {
            throw new UserInputException($"--threads must be between 1 and 1024 (got {options.Threads}).");
        }
        var folder = OutputFolder.Prepare(options.ResumeFolder!);
        if (options.ScenarioFile is not null)
        {
            throw new UserInputException($"--resume reads the scenario from {Path.Combine(folder, OutputFiles.Scenario)}; do not name a scenario file.");
        }
        if (options.OutputFolder is not null && Path.GetFullPath(options.OutputFolder) != folder)
        {
            throw new UserInputException("--resume DIR writes into DIR; drop --out (or give the same folder).");
        }
        RunCheckpoint checkpoint;
        try
        {
            checkpoint = CheckpointFile.Read(CheckpointFile.PathIn(folder));
        }
        catch (CheckpointException e)
        {
            throw new UserInputException($"cannot resume: {e.Message}.");
        }

        var differences = OptionDifferences(options, checkpoint);
        if (checkpoint.EngineVersion != EngineVersion.Current)
        {
            differences.Add($"engine version: the run was started by {checkpoint.EngineVersion}, this is {EngineVersion.Current}");
        }
        if (differences.Count > 0) throw Refusal(folder, differences);

        var scenarioPath = Path.Combine(folder, OutputFiles.Scenario);
        if (!File.Exists(scenarioPath)) throw new UserInputException($"cannot resume: {scenarioPath} is missing.");
        var loaded = ScenarioSource.Load(scenarioPath, checkpoint.Overrides, streams) with { DisplayName = checkpoint.ScenarioSource };
        var scenario = loaded.Scenario;
        if (RunCheckpointer.TextHash(loaded.SourceText) != checkpoint.ScenarioTextHash)
        {
            differences.Add($"scenario: {scenarioPath} was edited since the run started");
        }
        if (loaded.Hash != checkpoint.ScenarioHash)
        {
            differences.Add($"scenario hash: {loaded.Hash}, the checkpoint has {checkpoint.ScenarioHash}");
        }
        if (scenario.Seed != checkpoint.Seed) differences.Add($"seed: {scenario.Seed}, the checkpoint has {checkpoint.Seed}");
        if (scenario.Trials != checkpoint.TrialsRequested)
        {
            differences.Add($"trials: {scenario.Trials}, the checkpoint has {checkpoint.TrialsRequested}");
        }
        var regimeIndices = checkpoint.RegimeIds.Select(id => scenario.Regimes.ToList().FindIndex(r => r.Id == id)).ToArray();
        var missing = checkpoint.RegimeIds.Where((_, i) => regimeIndices[i] < 0).ToArray();
        if (missing.Length > 0) differences.Add($"regimes: the scenario has no regime {string.Join(", ", missing)}");
        if (differences.Count > 0) throw Refusal(folder, differences);

        var full = new RunRequest
        {
            Scenario = scenario,
            RegimeIndices = regimeIndices,
            Trials = checkpoint.TrialsRequested,
            Threads = options.Threads ?? Environment.ProcessorCount,
            BlockSize = settings.BlockSize,
        };
        RunTally prefix;
        try
        {
            prefix = checkpoint.Tally.ToTally(scenario);
        }
        catch (CheckpointException e)
        {
            throw Refusal(folder, [e.Message]);
        }
        if (checkpoint.Tally.BaselinePosition != full.BaselinePosition)
        {
            throw Refusal(folder, [$"baseline regime: the checkpoint compares with regime {checkpoint.RegimeIds[checkpoint.Tally.BaselinePosition]}"]);
        }

        var causes = new CauseCatalog(scenario);
        using var trialsCsv = checkpoint.TrialsCsv
            ? TrialsCsvRecovery.Reopen(Path.Combine(folder, OutputFiles.Trials), checkpoint, causes)
            : null;
        var remaining = full with { FirstTrial = checkpoint.CompletedTrials, Trials = checkpoint.TrialsRequested - checkpoint.CompletedTrials };
        var checkpoints = RunCheckpointer.Continue(folder, checkpoint, remaining, prefix, trialsCsv,
            TimeSpan.FromSeconds(settings.CheckpointIntervalSeconds));
        streams.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"resuming {folder}: {checkpoint.CompletedTrials:N0} of {checkpoint.TrialsRequested:N0} trials were completed"));
        var progress = options.Quiet
            ? null
            : new ProgressDisplay(streams.Error, interactive: !Console.IsErrorRedirected && streams.Error == Console.Error,
                TimeSpan.FromSeconds(settings.ProgressIntervalSeconds), resumedAt: checkpoint.CompletedTrials);

        var session = new SimulationRunner().Run(checkpoints.Observe(remaining), progress, trialsCsv, cancellationToken);
        progress?.Finish();
        checkpoints.Stopped(session);

        var tally = new RunTally(scenario, regimeIndices.Length, full.BaselinePosition);
        tally.Merge(prefix);
        tally.Merge(session.Tally);
        var result = new RunResult
        {
            Request = full,
            Tally = tally,
            CompletedTrials = checkpoint.CompletedTrials + session.CompletedTrials,
            EventsProcessed = session.EventsProcessed,
            Elapsed = session.Elapsed,
        };
        var report = RunReport.Build(scenario, loaded.Hash, checkpoint.ScenarioSource, checkpoint.Overrides, result, causes);
        ResultTables.Write(report, streams.Out);
        trialsCsv?.Commit();
        OutputWriter.WriteAll(folder, report, result, loaded.SourceText);
        if (!result.Partial) checkpoints.Completed(folder);
        streams.Error.WriteLine($"wrote {string.Join(", ", OutputWriter.FilesWritten(report, trialsCsv is not null))} to {folder}");
        if (result.Partial)
        {
            streams.Error.WriteLine($"cancelled: {result.CompletedTrials:N0} of {full.Trials:N0} trials completed; run --resume {folder} again to continue.");
            return Task.FromResult(ExitCodes.Cancelled);
        }
        return Task.FromResult(ExitCodes.Ok);
    }

    /// <summary>Options given with --resume that would change the results, each named.</summary>
    private static List<string> OptionDifferences(RunOptions options, RunCheckpoint checkpoint)
    {
        var differences = new List<string>();
        if (options.Trials is { } trials && trials != checkpoint.TrialsRequested)
        {
            differences.Add($"--trials {trials}: the run was started with {checkpoint.TrialsRequested} trials");
        }
        if (options.Seed is { } seed && seed != checkpoint.Seed)
        {
            differences.Add($"--seed {seed}: the run was started with seed {checkpoint.Seed}");
        }
        if (options.HorizonDays is { } horizon)
        {
            var given = FormattableString.Invariant($"run.horizon_days={horizon:R}");
            if (!checkpoint.Overrides.Contains(given)) differences.Add($"--horizon {horizon.ToString("R", CultureInfo.InvariantCulture)}: not the horizon the run was started with");
        }
        foreach (var set in options.Overrides.Where(o => !checkpoint.Overrides.Contains(o)))
        {
            differences.Add($"--set {set}: not an override of the run (its overrides: {(checkpoint.Overrides.Length == 0 ? "none" : string.Join(" ", checkpoint.Overrides))})");
        }
        if (options.Regimes.Count > 0 && !options.Regimes.Distinct().SequenceEqual(checkpoint.RegimeIds))
        {
            differences.Add($"--regime {string.Join(" --regime ", options.Regimes)}: the run was started with regimes {string.Join(", ", checkpoint.RegimeIds)}");
        }
        if (options.WriteTrialsCsv && !checkpoint.TrialsCsv)
        {
            differences.Add("--trials-csv: the run was started without it, so the rows of its completed trials do not exist");
        }
        return differences;
    }

    private static UserInputException Refusal(string folder, IEnumerable<string> differences) =>
        new($"cannot resume {folder}: it differs from the checkpointed run in: {string.Join("; ", differences)}. "
            + "Resume with the run's own scenario.yaml and options, or start a new run.");
}
