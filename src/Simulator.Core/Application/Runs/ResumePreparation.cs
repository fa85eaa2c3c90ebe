using System.Globalization;
using Simulator.Application.Folders;
using Simulator.Application.Observing;
using Simulator.Application.Scenarios;
using Simulator.Checkpoints;
using Simulator.Diagnostics;
using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Output;
using Simulator.Storage;
using Simulator.Validation;

namespace Simulator.Application.Runs;

/// <summary>
/// Prepares `run --resume DIR`: reads only DIR (its checkpoint, scenario.yaml and trials.csv),
/// passes the scenario with the checkpoint's overrides through the gate again, and refuses when
/// anything that shapes the results differs from the checkpointed run.
/// </summary>
internal static class ResumePreparation
{
    private const string Option = "--resume";

    public static RunPlan Resume(RunSpec spec, ApplicationSettings settings, IRunObserver observer)
    {
        var problems = new List<Problem>();
        OptionRange.Threads.Check(spec.Threads, problems);
        if (spec.Precision is not null)
        {
            problems.Add(new Problem { File = Option, Message = "continues a fixed number of trials; it cannot be combined with --precision (rerun the precision-driven run instead: it is deterministic)" });
        }
        if (spec.Shard is not null)
        {
            problems.Add(new Problem { File = Option, Message = "continues a whole run; a shard is not resumed but run again alone, with the same options and --shard" });
        }
        if (spec.Scenario is not ScenarioInput.BuiltInInput)
        {
            problems.Add(new Problem { File = Option, Message = $"reads the scenario from {OutputFiles.Scenario} in the run folder; do not name a scenario file" });
        }
        if (spec.OutputFolder is not null && Path.GetFullPath(spec.OutputFolder) != Path.GetFullPath(spec.ResumeFolder!))
        {
            problems.Add(new Problem { File = Option, Message = "writes into the folder it resumes; drop --out (or give the same folder)" });
        }
        if (!Directory.Exists(spec.ResumeFolder))
        {
            problems.Add(new Problem { File = Option, Message = $"'{spec.ResumeFolder}' is not a folder: give the folder of the interrupted run (its --out)" });
        }
        if (problems.Count > 0) throw new InputRejectedException(problems);

        var session = FolderSession.Continue(spec.ResumeFolder!, Option, "run");
        try
        {
            return Resume(spec, settings, observer, session) with { Session = session };
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    private static RunPlan Resume(RunSpec spec, ApplicationSettings settings, IRunObserver observer, FolderSession session)
    {
        var folder = session.Folder;
        RunCheckpoint checkpoint;
        try
        {
            checkpoint = CheckpointFile.Read(CheckpointFile.PathIn(folder));
        }
        catch (CheckpointException e)
        {
            throw new InputRejectedException(Option, $"cannot resume: {e.Message}");
        }

        var differences = OptionDifferences(spec, checkpoint);
        if (checkpoint.EngineVersion != EngineVersion.Current)
        {
            differences.Add($"engine version: the run was started by {checkpoint.EngineVersion}, this is {EngineVersion.Current}");
        }
        if (differences.Count > 0) throw Refusal(folder, differences);

        var scenarioPath = Path.Combine(folder, OutputFiles.Scenario);
        var kind = SafeFile.KindOf(scenarioPath);
        if (kind == FileKind.Missing) throw new InputRejectedException(Option, $"cannot resume: {scenarioPath} is missing");
        if (kind != FileKind.Regular) throw new InputRejectedException(Option, $"cannot resume: {scenarioPath} is {SafeFile.Describe(kind)}, not a regular file");
        var checkedScenario = ScenarioChecks.Require(ScenarioInput.File(scenarioPath), checkpoint.Overrides, checkpoint.RegimeIds, observer)
            with { SourceName = checkpoint.ScenarioSource };
        var scenario = checkedScenario.Scenario;
        if (RunCheckpointer.TextHash(checkedScenario.SourceText) != checkpoint.ScenarioTextHash)
        {
            differences.Add($"scenario: {scenarioPath} was edited since the run started");
        }
        if (checkedScenario.Hash != checkpoint.ScenarioHash)
        {
            differences.Add($"scenario hash: {checkedScenario.Hash}, the checkpoint has {checkpoint.ScenarioHash}");
        }
        if (scenario.Seed != checkpoint.Seed) differences.Add($"seed: {scenario.Seed}, the checkpoint has {checkpoint.Seed}");
        if (scenario.Trials != checkpoint.TrialsRequested)
        {
            differences.Add($"trials: {scenario.Trials}, the checkpoint has {checkpoint.TrialsRequested}");
        }
        if (differences.Count > 0) throw Refusal(folder, differences);

        var request = RunPreparation.Request(checkedScenario, spec.Threads, settings) with { Trials = checkpoint.TrialsRequested };
        RunTally prefix;
        try
        {
            prefix = checkpoint.Tally.ToTally(scenario);
        }
        catch (CheckpointException e)
        {
            throw Refusal(folder, [e.Message]);
        }
        if (checkpoint.Tally.BaselinePosition != request.BaselinePosition)
        {
            throw Refusal(folder, [$"baseline regime: the checkpoint compares with regime {checkpoint.RegimeIds[checkpoint.Tally.BaselinePosition]}"]);
        }
        observer.Note(string.Create(CultureInfo.InvariantCulture,
            $"resuming {folder}: {checkpoint.CompletedTrials:N0} of {checkpoint.TrialsRequested:N0} trials were completed"));
        return new RunPlan
        {
            Scenario = checkedScenario,
            Request = request,
            Folder = folder,
            TrialsCsv = checkpoint.TrialsCsv,
            TrialsParquet = spec.WriteTrialsParquet,
            Report = spec.Report,
            Plots = spec.Plots,
            SurvivalRows = spec.SurvivalRows,
            Resume = new ResumePoint(
                checkpoint with { Tally = TallyRecord.From(new RunTally(scenario, checkpoint.RegimeIds.Length, request.BaselinePosition)) }, prefix),
        };
    }

    /// <summary>Options given with --resume that would change the results, each named.</summary>
    private static List<string> OptionDifferences(RunSpec spec, RunCheckpoint checkpoint)
    {
        var differences = new List<string>();
        if (spec.Trials is { } trials && trials != checkpoint.TrialsRequested)
        {
            differences.Add($"--trials {trials}: the run was started with {checkpoint.TrialsRequested} trials");
        }
        if (spec.Seed is { } seed && seed != checkpoint.Seed)
        {
            differences.Add($"--seed {seed}: the run was started with seed {checkpoint.Seed}");
        }
        if (spec.HorizonDays is { } horizon)
        {
            var given = FormattableString.Invariant($"run.horizon_days={horizon:R}");
            if (!checkpoint.Overrides.Contains(given)) differences.Add($"--horizon {horizon.ToString("R", CultureInfo.InvariantCulture)}: not the horizon the run was started with");
        }
        foreach (var set in spec.Overrides.Where(o => !checkpoint.Overrides.Contains(o)))
        {
            differences.Add($"--set {set}: not an override of the run (its overrides: {(checkpoint.Overrides.Length == 0 ? "none" : string.Join(" ", checkpoint.Overrides))})");
        }
        if (spec.Regimes.Count > 0 && !spec.Regimes.Distinct().SequenceEqual(checkpoint.RegimeIds))
        {
            differences.Add($"--regime {string.Join(" --regime ", spec.Regimes)}: the run was started with regimes {string.Join(", ", checkpoint.RegimeIds)}");
        }
        if ((spec.WriteTrialsCsv || spec.WriteTrialsParquet) && !checkpoint.TrialsCsv)
        {
            differences.Add(spec.WriteTrialsCsv
                ? "--trials-csv: the run was started without it, so the rows of its completed trials do not exist"
                : "--trials-parquet: the run was started without trials.csv, from which trials.parquet is made, so the rows of its completed trials do not exist");
        }
        return differences;
    }

    private static InputRejectedException Refusal(string folder, IEnumerable<string> differences) =>
        new(Option, $"cannot resume {folder}: it differs from the checkpointed run in: {string.Join("; ", differences)}. "
            + "Resume with the run's own scenario.yaml and options, or start a new run.");
}
