using Simulator.Engine;
using Simulator.Loading;
using Simulator.Tests.Support;

namespace Simulator.Tests.Engine;

/// <summary>
/// Pins the engine's exact outcomes (every field of every trial, and the event count) so that
/// performance work cannot change results unnoticed. The digests were recorded again when the
/// ziggurat samplers replaced inversion and Box–Muller (every random number changed); a deliberate
/// change of behaviour must update them and say why in its commit message.
/// </summary>
public sealed class GoldenOutcomeTests
{
    [Fact]
    public void Run_RichScenario_ReproducesTheRecordedOutcomes()
    {
        var compiled = new CompiledScenario(TestScenarios.Rich(), [0, 1, 2, 3]);
        Assert.Equal(RichDigest, OutcomeFingerprint.Of(compiled, 2000));
    }

    [Fact]
    public void Run_SeedScenario_ReproducesTheRecordedOutcomes()
    {
        var scenario = ScenarioLoader.LoadFile(Path.Combine(RepoPaths.Scenarios, "pakistan-afghanistan-2025.yaml")).Scenario;
        Assert.NotNull(scenario);
        var compiled = new CompiledScenario(scenario, Enumerable.Range(0, scenario.Regimes.Count).ToArray());
        Assert.Equal(SeedDigest, OutcomeFingerprint.Of(compiled, 2000));
    }

    [Fact]
    public void Run_ConstantHazardScenario_ReproducesTheRecordedOutcomes()
    {
        var scenario = ScenarioLoader.LoadFile(Path.Combine(RepoPaths.Scenarios, "reference", "constant-hazard.yaml")).Scenario;
        Assert.NotNull(scenario);
        var compiled = new CompiledScenario(scenario, [0]);
        Assert.Equal(ConstantHazardDigest, OutcomeFingerprint.Of(compiled, 5000));
    }

    private const ulong RichDigest = 10492698282091840038;
    private const ulong SeedDigest = 7624377040729897870;
    private const ulong ConstantHazardDigest = 10506128511436137839;
}
