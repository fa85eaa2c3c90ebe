using Simulator.Cli.Hosting;
using Simulator.Diagnostics;
using Simulator.Scenarios;
using Simulator.Scenarios.BuiltIn;
using Simulator.Scenarios.Loading;

namespace Simulator.Cli.Running;

/// <summary>Loads the scenario a command names (or the built-in one), prints warnings, and fails with every error.</summary>
internal static class ScenarioSource
{
    /// <summary>Loads and validates; on errors prints them all and throws <see cref="ScenarioRejectedException"/>.</summary>
    public static (Scenario Scenario, string Hash, string DisplayName) Load(string? file, IReadOnlyList<string> overrides, ConsoleStreams streams)
    {
        var result = file is null
            ? ScenarioLoader.LoadText(BuiltInScenario.Text, BuiltInScenario.DisplayName, overrides)
            : ScenarioLoader.LoadFile(file, overrides);
        foreach (var warning in result.Warnings)
        {
            streams.Error.WriteLine(warning.ToString());
        }
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                streams.Error.WriteLine(error.ToString());
            }
            throw new ScenarioRejectedException(result.Errors.Count);
        }
        var scenario = result.Scenario!;
        return (scenario, ScenarioHash.Compute(scenario), file ?? BuiltInScenario.DisplayName);
    }
}
