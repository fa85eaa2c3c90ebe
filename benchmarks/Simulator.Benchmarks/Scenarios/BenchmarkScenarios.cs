using System.Reflection;
using Simulator.Engine;
using Simulator.Loading;
using Simulator.Model;

namespace Simulator.Benchmarks.Scenarios;

/// <summary>
/// The two scenario files the benchmarks measure, loaded from the repository's own YAML (embedded
/// in this assembly at build time) through the real loader, so the benchmarks always run exactly
/// what the files say.
/// </summary>
internal static class BenchmarkScenarios
{
    /// <summary>Resource name of scenarios/pakistan-afghanistan-2025.yaml.</summary>
    public const string SeedFile = "pakistan-afghanistan-2025.yaml";

    /// <summary>Resource name of scenarios/reference/constant-hazard.yaml.</summary>
    public const string ConstantHazardFile = "constant-hazard.yaml";

    /// <summary>The seed scenario's regimes in file order (the trial benchmark's parameter values).</summary>
    public static readonly string[] SeedRegimes =
        ["status_quo", "mediator_commission", "third_party_monitors", "third_party_full_access"];

    /// <summary>The YAML text of an embedded scenario file.</summary>
    public static string Text(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(file)
            ?? throw new InvalidOperationException($"Scenario '{file}' is not embedded in the benchmarks assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Loads and validates an embedded scenario file; throws with every error when it does not load.</summary>
    public static Scenario Load(string file)
    {
        var result = ScenarioLoader.LoadText(Text(file), file);
        return result.Scenario ?? throw new InvalidOperationException(
            $"Scenario '{file}' did not load:{Environment.NewLine}{string.Join(Environment.NewLine, result.Errors)}");
    }

    /// <summary>The seed scenario.</summary>
    public static Scenario Seed() => Load(SeedFile);

    /// <summary>The constant-hazard reference scenario.</summary>
    public static Scenario ConstantHazard() => Load(ConstantHazardFile);

    /// <summary>Every regime of <paramref name="scenario"/>, compiled.</summary>
    public static CompiledScenario CompileAll(Scenario scenario) =>
        new(scenario, Enumerable.Range(0, scenario.Regimes.Count).ToArray());

    /// <summary>Position of regime <paramref name="id"/> in <paramref name="scenario"/>.</summary>
    public static int RegimeIndex(Scenario scenario, string id)
    {
        for (var i = 0; i < scenario.Regimes.Count; i++)
        {
            if (scenario.Regimes[i].Id == id) return i;
        }
        throw new ArgumentException($"Scenario '{scenario.Name}' has no regime '{id}'.", nameof(id));
    }
}
