using Simulator.Engine;
using Simulator.Loading;
using Simulator.Model;
using Simulator.Results;
using Simulator.Tests.Support;

namespace Simulator.Tests.Output;

/// <summary>Small runs of the reference scenarios, turned into reports as `run` builds them.</summary>
internal static class OutputRuns
{
    public static Scenario Load(string relativePath, params string[] overrides)
    {
        var load = ScenarioLoader.LoadFile(RepoPaths.Of("scenarios", relativePath), overrides);
        Assert.True(load.Succeeded, string.Join("\n", load.Errors));
        return load.Scenario!;
    }

    public static (RunReport Report, RunResult Result) Run(
        Scenario scenario, long trials, IReadOnlyList<string>? overrides = null, CancellationToken cancellationToken = default)
    {
        var request = new RunRequest
        {
            Scenario = scenario,
            RegimeIndices = Enumerable.Range(0, scenario.Regimes.Count).ToArray(),
            Trials = trials,
            Threads = 2,
            BlockSize = 64,
        };
        var result = new SimulationRunner().Run(request, null, null, cancellationToken);
        var causes = new CauseCatalog(scenario);
        var report = RunReport.Build(scenario, ScenarioHash.Compute(scenario), "test.yaml", overrides ?? [], result, causes);
        return (report, result);
    }

    public static (RunReport Report, RunResult Result) Run(string relativePath, long trials, params string[] overrides) =>
        Run(Load(relativePath, overrides), trials, overrides);
}
