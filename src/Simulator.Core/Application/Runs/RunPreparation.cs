using Simulator.Application.Folders;
using Simulator.Application.Observing;
using Simulator.Application.Scenarios;
using Simulator.Application.Sharding;
using Simulator.Diagnostics;
using Simulator.Engine;
using Simulator.Results.Precision;
using Simulator.Validation;

namespace Simulator.Application.Runs;

/// <summary>Prepares a new run (fixed-size or precision-driven): options, then the scenario through the gate, then the folder.</summary>
internal static class RunPreparation
{
    public static RunPlan New(RunSpec spec, ApplicationSettings settings, IRunObserver observer, FolderSession? held = null)
    {
        var problems = new List<Problem>();
        if (spec.WriteTrialsCsv && spec.OutputFolder is null)
        {
            problems.Add(Option("--trials-csv", "needs --out DIR to know where to write trials.csv"));
        }
        if ((spec.Report || spec.Plots) && spec.OutputFolder is null)
        {
            problems.Add(Option(spec.Report ? "--report" : "--plots", "needs --out DIR: the report is written into the run's folder"));
        }
        OptionRange.Threads.Check(spec.Threads, problems);
        var shard = ShardRules.Check(spec.Shard, spec.OutputFolder, ShardConflicts(spec), problems);
        if (!PrecisionGoal.TryCreate(spec.Precision, spec.PrecisionTarget, spec.MaxTrials, out var goal, out var precisionProblem))
        {
            problems.Add(Option("--precision", precisionProblem!));
        }

        var (gate, _) = ScenarioChecks.Judge(spec.Scenario, spec.AllOverrides(), spec.Regimes);
        problems.AddRange(OverrideList.Attribute(gate.Errors, spec.Trials, spec.Seed, spec.HorizonDays));
        if (gate.Passed && goal?.Target == PrecisionTarget.PairedHolds && gate.RegimeIndices.Count < 2)
        {
            problems.Add(Option("--target", "paired compares each regime with the baseline; run at least two regimes"));
        }
        if (problems.Count > 0) throw new InputRejectedException(ProblemOrder.Sort(problems), gate.Warnings);

        observer.Warnings(gate.Warnings);
        var scenario = ScenarioChecks.Accepted(spec.Scenario, gate, spec.AllOverrides());
        var request = Request(scenario, spec.Threads, settings);
        var slice = shard is { } s ? ShardRules.Slice(s, request.Trials, "trials") : null;
        // A shard's folder is its own: it holds the shard's files and is locked while it runs, as a run's is.
        var session = held?.Nested("run") ?? (spec.OutputFolder is null ? null
            : FolderSession.Begin(spec.OutputFolder, "--out", slice is null ? "run" : FolderSession.ShardCommand, spec.Force, slice is null ? scenario.SourceText : null));
        return new RunPlan
        {
            Session = session,
            Scenario = scenario,
            Request = slice is null ? request : request with { FirstTrial = slice.Start, Trials = slice.Length },
            Shard = slice,
            Goal = goal,
            Folder = session?.Folder,
            TrialsCsv = spec.WriteTrialsCsv,
            Report = spec.Report,
            Plots = spec.Plots,
            SurvivalRows = spec.SurvivalRows,
        };
    }

    /// <summary>The engine request for every trial of <paramref name="scenario"/>'s selected regimes.</summary>
    public static RunRequest Request(CheckedScenario scenario, int? threads, ApplicationSettings settings) => new()
    {
        Scenario = scenario.Scenario,
        RegimeIndices = scenario.RegimeIndices,
        Trials = scenario.Scenario.Trials,
        Threads = threads ?? Environment.ProcessorCount,
        BlockSize = settings.BlockSize,
    };

    // A shard runs a fixed share of the trials and leaves every output to merge.
    private static IEnumerable<(string, string)> ShardConflicts(RunSpec spec)
    {
        if (spec.Precision is not null) yield return ("--precision", "cannot be split into shards: each batch depends on the results so far (run it whole)");
        if (spec.Report) yield return ("--report", "with --shard goes to merge, which writes report.html from every shard");
        if (spec.Plots) yield return ("--plots", "with --shard goes to merge, which writes the charts from every shard");
    }

    private static Problem Option(string option, string message) => new() { File = option, Message = message };
}
