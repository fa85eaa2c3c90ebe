using Simulator.Loading;
using Simulator.Model;
using Simulator.Tests.Engine;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>The reference scenarios of issue 11, run from their files: survival inside the 99% band of each closed form.</summary>
public sealed class ReferenceScenarioTests
{
    private const int Trials = 20_000;

    internal static Scenario Load(string file, params string[] overrides)
    {
        var result = ScenarioLoader.LoadFile(Path.Combine(RepoPaths.Scenarios, "reference", file), overrides);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Scenario!;
    }

    [Fact]
    public void Run_GammaFrailty_SurvivalIsGammaLaplaceTransform()
    {
        var result = EngineRuns.Run(Load("gamma-frailty.yaml"), Trials);
        foreach (var day in new double[] { 10, 30, 90, 180, 365 })
        {
            EngineRuns.AssertSurvival(result.Tally.Regimes[0], day, Math.Pow(1 + 0.006 * day, -2));
        }
    }

    [Fact]
    public void Run_GammaFrailty_FitsTheExponentialWorseThanTheFrailtyLaw()
    {
        // Not vacuous: at one year the frailty curve sits far above the constant hazard it averages.
        var result = EngineRuns.Run(Load("gamma-frailty.yaml"), Trials);
        var observed = EngineRuns.Survival(result.Tally.Regimes[0], 365);
        Assert.True(observed - Math.Exp(-0.012 * 365) > 0.05, $"S(365) = {observed:F4}");
    }

    [Fact]
    public void Run_GammaFrailty_SameTalliesWhateverTheThreadCount()
    {
        var scenario = Load("gamma-frailty.yaml");
        var one = EngineRuns.Run(scenario, 3000, threads: 1).Tally.Regimes[0];
        var two = EngineRuns.Run(scenario, 3000, threads: 2, blockSize: 100).Tally.Regimes[0];
        Assert.Equal(one.DurationTicksSum, two.DurationTicksSum);
        Assert.Equal(one.EventsByTickAndCause.OrderBy(e => e.Key), two.EventsByTickAndCause.OrderBy(e => e.Key));
    }

    [Fact]
    public void Run_PhasedRegime_HazardSteps30PercentUpAtDay60()
    {
        var result = EngineRuns.Run(Load("phased-regime.yaml"), Trials);
        foreach (var day in new double[] { 10, 30, 59, 60, 90, 180, 365 })
        {
            var expected = day < 60 ? Math.Exp(-0.004 * day) : Math.Exp(-0.24 - 0.012 * (day - 60));
            EngineRuns.AssertSurvival(result.Tally.Regimes[0], day, expected);
        }
    }
}
