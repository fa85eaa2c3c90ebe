using Simulator.Cli.Hosting;
using Simulator.Engine;
using Simulator.Loading;

namespace Simulator.Cli.Running;

/// <summary>Loads the scenario a command names (or the built-in one), prints warnings, and fails with every error.</summary>
internal static class ScenarioSource
{
    /// <summary>Loads and validates; on errors prints them all and throws <see cref="ScenarioRejectedException"/>.</summary>
    public static LoadedScenario Load(string? file, IReadOnlyList<string> overrides, ConsoleStreams streams)
    {
        var text = file is null ? BuiltInScenario.Text : ReadText(file);
        var result = text is null
            ? ScenarioLoader.LoadFile(file!, overrides) // unreadable: let the loader word the error
            : ScenarioLoader.LoadText(text, file ?? BuiltInScenario.DisplayName, overrides);
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
        try
        {
            RateGuard.Check(scenario); // extreme combinations of valid values: refused before any trial
        }
        catch (NonFiniteRateException e)
        {
            streams.Error.WriteLine($"{file ?? BuiltInScenario.DisplayName}: {e.Message}");
            throw new ScenarioRejectedException(1);
        }
        return new LoadedScenario(scenario, ScenarioHash.Compute(scenario), file is null ? BuiltInScenario.DisplayName : Path.GetFileName(file),
            text!, overrides);
    }

    private static string? ReadText(string file)
    {
        try
        {
            // The loader enforces the size limit itself; read only what it would accept.
            var info = new FileInfo(file);
            return info.Exists && info.Length <= 1 << 20 ? File.ReadAllText(file) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
