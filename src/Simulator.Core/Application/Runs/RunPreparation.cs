using Simulator.Application.Observing;
using Simulator.Application.Scenarios;
using Simulator.Diagnostics;
using Simulator.Engine;
using Simulator.Results.Precision;
using Simulator.Validation;

namespace Simulator.Application.Runs;

/// <summary>Prepares a new run (fixed-size or precision-driven): options, then the scenario through the gate, then the folder.</summary>
internal static class RunPreparation
{
    public static RunPlan New(RunSpec spec, ApplicationSettings settings, IRunObserver observer)
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
        var folder = spec.OutputFolder is null ? null : OutputFolder.Prepare(spec.OutputFolder);
        return new RunPlan
        {
            Scenario = scenario,
            Request = Request(scenario, spec.Threads, settings),
            Goal = goal,
            Folder = folder,
            TrialsCsv = spec.WriteTrialsCsv,
            Report = spec.Report,
            Plots = spec.Plots,
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

    private static Problem Option(string option, string message) => new() { File = option, Message = message };
}
