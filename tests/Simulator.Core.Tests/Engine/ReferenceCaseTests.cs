using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Model;

namespace Simulator.Tests.Engine;

/// <summary>model.md §5: simulated survival inside the 99% interval of each closed form, fixed seed.</summary>
public sealed class ReferenceCaseTests
{
    private const int Trials = 20_000;
    private static readonly double[] Days = [10, 30, 90, 180, 365];

    [Fact]
    public void Run_ConstantHazard_SurvivalIsExponential()
    {
        var result = EngineRuns.Run(TestScenarios.ConstantHazard(), Trials);
        const double rate = 0.05 * 0.8 * 1 * 0.3;
        foreach (var day in Days) EngineRuns.AssertSurvival(result.Tally.Regimes[0], day, Math.Exp(-rate * day));
    }

    [Fact]
    public void Run_ConstantHazard_CensoredTrialsLastTheHorizon()
    {
        var result = EngineRuns.Run(TestScenarios.ConstantHazard(), 2000);
        var tally = result.Tally.Regimes[0];
        var censored = tally.Trials - tally.Collapsed;
        var collapsedTicks = tally.EventsByTickAndCause.Sum(e => RegimeTally.TickOf(e.Key) * e.Value);
        Assert.Equal(collapsedTicks + censored * TimeResolution.ToTicks(365), tally.DurationTicksSum);
        Assert.All(tally.EventsByTickAndCause.Keys, key =>
            Assert.Equal("no_sanctuary:verdict_confirmed",
                new CauseCatalog(TestScenarios.ConstantHazard()).Name(RegimeTally.CauseOf(key))));
    }

    [Fact]
    public void Run_TwoIndependentRoutes_RatesAdd()
    {
        var scenario = TestScenarios.ConstantHazard() with
        {
            Groups = [TestScenarios.Group("a", 0.05), TestScenarios.Group("b", 0.03)],
        };
        var result = EngineRuns.Run(scenario, Trials);
        const double rate = (0.05 + 0.03) * 0.8 * 0.3;
        foreach (var day in Days) EngineRuns.AssertSurvival(result.Tally.Regimes[0], day, Math.Exp(-rate * day));
    }

    [Fact]
    public void Run_CollapseOnThirdConfirmation_SurvivalIsErlang3()
    {
        var scenario = TestScenarios.ConstantHazard(attackRate: 0.1) with
        {
            Commitments = [TestScenarios.NoSanctuary(TestScenarios.TensionOnConfirmation)],
            Truce = new TruceRules { StrainedAtTension = 100, EscalatingAtLevel = 1, CollapseAtTension = 3 },
        };
        var result = EngineRuns.Run(scenario, Trials);
        const double rate = 0.1 * 0.8 * 0.3;
        foreach (var day in Days)
        {
            var x = rate * day;
            EngineRuns.AssertSurvival(result.Tally.Regimes[0], day, Math.Exp(-x) * (1 + x + x * x / 2));
        }
    }

    [Fact]
    public void Run_FixedVerdictDelay_SurvivalIsShiftedExponential()
    {
        const double d = 20;
        var result = EngineRuns.Run(TestScenarios.ConstantHazard(delay: TestScenarios.Fixed(d)), Trials);
        const double rate = 0.05 * 0.8 * 0.3;
        foreach (var day in Days)
        {
            EngineRuns.AssertSurvival(result.Tally.Regimes[0], day, day < d ? 1 : Math.Exp(-rate * (day - d)));
        }
    }

    [Fact]
    public void Run_NoRegimeFabricatedClaimsOnly_RateIsFabricationTimesRetaliation()
    {
        const double fabrication = 0.02, retaliate = 0.5;
        var scenario = TestScenarios.Base(
            [TestScenarios.None],
            victim: TestScenarios.Principal("victim", fabricationRate: fabrication, retaliateBelieved: retaliate,
                patienceDays: 0)) with
        {
            Truce = new TruceRules { StrainedAtTension = 1, EscalatingAtLevel = 1, CollapseAtLevel = 1 },
        };
        var result = EngineRuns.Run(scenario, Trials);
        const double rate = fabrication * retaliate;
        foreach (var day in Days) EngineRuns.AssertSurvival(result.Tally.Regimes[0], day, Math.Exp(-rate * day));
        Assert.Equal(0, result.Tally.Regimes[0].Totals.Verdicts);
    }
}
