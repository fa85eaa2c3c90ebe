using Simulator.Application.Runs;
using Simulator.Application.Scenarios;
using Simulator.Service.Store;

namespace Simulator.Service.Jobs;

/// <summary>A submission as the application layer's RunSpec: the same mapping `run`'s options get.</summary>
public static class SubmissionSpec
{
    /// <summary>
    /// The spec of <paramref name="submission"/>; with <paramref name="folder"/>, written there with
    /// report.html (as `run --out DIR --report`); without, only checked.
    /// </summary>
    public static RunSpec ToRunSpec(RunSubmission submission, string? folder, int? threads) => new()
    {
        Scenario = submission.Scenario is null ? ScenarioInput.BuiltIn : ScenarioInput.Text(submission.Scenario, submission.Name),
        Trials = submission.Trials,
        Seed = submission.Seed,
        HorizonDays = submission.Horizon,
        Regimes = submission.Regimes,
        Overrides = submission.Set,
        Threads = threads,
        OutputFolder = folder,
        Report = folder is not null,
    };
}
