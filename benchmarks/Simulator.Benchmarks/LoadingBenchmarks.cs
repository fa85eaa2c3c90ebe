using BenchmarkDotNet.Attributes;
using Simulator.Benchmarks.Scenarios;
using Simulator.Engine;
using Simulator.Loading;
using Simulator.Model;

namespace Simulator.Benchmarks;

/// <summary>Loading and validating the seed scenario, and compiling it for the engine (once per run).</summary>
[MemoryDiagnoser]
public class LoadingBenchmarks
{
    private string _yaml = "";
    private Scenario _scenario = null!;
    private int[] _regimes = [];

    /// <summary>Reads the embedded YAML text and a loaded scenario to compile.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _yaml = BenchmarkScenarios.Text(BenchmarkScenarios.SeedFile);
        _scenario = BenchmarkScenarios.Seed();
        _regimes = Enumerable.Range(0, _scenario.Regimes.Count).ToArray();
    }

    /// <summary>Parses, maps and validates the YAML text (ScenarioLoader.LoadText).</summary>
    [Benchmark]
    public Scenario? LoadAndValidate() => ScenarioLoader.LoadText(_yaml, BenchmarkScenarios.SeedFile).Scenario;

    /// <summary>Compiles every regime, the Stateless lifecycles into dense tables, and the target lists.</summary>
    [Benchmark]
    public object Compile() => new CompiledScenario(_scenario, _regimes);
}
