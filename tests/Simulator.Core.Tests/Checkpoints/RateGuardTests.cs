using Simulator.Engine;
using Simulator.Tests.Engine;

namespace Simulator.Tests.Checkpoints;

/// <summary>
/// Extreme combinations of individually valid values that would make the engine compute NaN are
/// refused before any trial, naming the parameter.
/// </summary>
public class RateGuardTests
{
    [Fact]
    public void Check_OrdinaryScenario_Passes()
    {
        RateGuard.Check(TestScenarios.Rich());
    }

    [Fact]
    public void Check_SubnormalHalfLife_NamesTensionHalfLife()
    {
        // 1e-320 > 0 passes the loader's range check, but ln 2 / 1e-320 is +∞, and ∞ · 0 is NaN.
        var scenario = TestScenarios.Rich() with { Tension = TestScenarios.Rich().Tension with { HalfLifeDays = 1e-320 } };

        var e = Assert.Throws<NonFiniteRateException>(() => RateGuard.Check(scenario));

        Assert.Equal("tension.half_life_days", e.Parameter);
        Assert.StartsWith("tension.half_life_days: the half-life is so short", e.Message);
        Assert.Contains("NaN", e.Message);
    }

    [Fact]
    public void Check_HugeEscalationMultiplier_NamesTheMultiplier()
    {
        var rich = TestScenarios.Rich();
        var scenario = rich with
        {
            Escalation = rich.Escalation with { AttackMultiplierPerLevel = 1e308 },
            Truce = rich.Truce with { CollapseAtLevel = 1000 },
        };

        var e = Assert.Throws<NonFiniteRateException>(() => RateGuard.Check(scenario));

        Assert.Equal("escalation.attack_multiplier_per_level", e.Parameter);
        Assert.Contains("at escalation level 1000", e.Message);
    }

    [Fact]
    public void Run_WithANonFiniteRate_StopsBeforeAnyTrial()
    {
        var scenario = TestScenarios.Rich() with { Tension = TestScenarios.Rich().Tension with { HalfLifeDays = 1e-320 } };
        var sink = new RecordingSink();

        Assert.Throws<NonFiniteRateException>(() => EngineRuns.Run(scenario, 100, sink: sink));

        Assert.Empty(sink.Rows);
    }
}
