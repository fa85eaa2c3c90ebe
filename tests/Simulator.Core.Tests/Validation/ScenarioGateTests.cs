using Simulator.Validation;
using static Simulator.Tests.Loading.ScenarioTexts;

namespace Simulator.Tests.Validation;

/// <summary>
/// The gate judges combinations of individually valid values, positions each problem where the user
/// wrote the value (file line or --set key), and resolves regimes with a suggestion for typos.
/// </summary>
public class ScenarioGateTests
{
    [Fact]
    public void Check_ReferenceScenario_Passes()
    {
        var gate = Judge(Reference);

        Assert.True(gate.Passed, string.Join("\n", gate.Errors));
        Assert.Equal([0], gate.RegimeIndices);
    }

    [Fact]
    public void Check_SubnormalHalfLife_IsRefusedAtTheOverride()
    {
        // 1e-320 > 0 passes the loader's range check, but ln 2 / 1e-320 is +∞, and ∞ · 0 is NaN.
        var gate = Judge(Reference, "tension.half_life_days=1e-320");

        var error = Assert.Single(gate.Errors);
        Assert.Equal("--set", error.File);
        Assert.Equal("tension.half_life_days", error.Path);
        Assert.StartsWith("the half-life is so short that the decay rate ln 2 / half_life_days is not a finite number", error.Message);
        Assert.Null(gate.Scenario);
    }

    [Fact]
    public void Check_HugeEscalationMultiplier_NamesTheMultiplierAtItsLine()
    {
        var yaml = With("attack_multiplier_per_level: 0", "attack_multiplier_per_level: 1e308")
            .Replace("escalating_at_level: 1", "escalating_at_level: 1\n  collapse_at_level: 1000");

        var error = Assert.Single(Judge(yaml).Errors);

        Assert.Equal($"test.yaml:{LineOf(yaml, "attack_multiplier_per_level")}:32: escalation.attack_multiplier_per_level: "
            + "armed group 'group' would attack at a non-finite rate at escalation level 1000 under regime 'monitors' (attack_rate 0.05 × (1 + 1E+308 × 1000)); "
            + "lower the multiplier or escalation.max_level", error.ToString());
    }

    [Fact]
    public void Check_FiniteButExtremeMultiplier_IsRefusedByTheWorkBound()
    {
        // 1e200 per level is finite at every level, but a trial would expect ~1e200 attacks.
        var yaml = With("attack_multiplier_per_level: 0", "attack_multiplier_per_level: 1e200");

        var error = Assert.Single(Judge(yaml).Errors);

        Assert.Equal("escalation.attack_multiplier_per_level", error.Path);
        Assert.Contains("under regime 'monitors' a trial could expect", error.Message);
        Assert.Contains("at most 200,000 are allowed", error.Message);
    }

    [Fact]
    public void Check_WorkWithinTheBound_Passes()
    {
        // 0.05 attacks a day × (1 + 0.5 × 20 levels) × 365 days ≈ 200: far inside the bound.
        Assert.True(Judge(With("attack_multiplier_per_level: 0", "attack_multiplier_per_level: 0.5")).Passed);
    }

    [Fact]
    public void Check_HighAttackRateOverALongHorizon_NamesTheRate()
    {
        var gate = Judge(Reference, "armed_groups[0].attack_rate=1000");

        var error = Assert.Single(gate.Errors);
        Assert.Equal("--set", error.File);
        Assert.Equal("armed_groups[0].attack_rate", error.Path);
        Assert.Contains("365,000 incidents and claims over 365 days", error.Message);
    }

    [Fact]
    public void Check_MaxLevelBelowCollapseLevel_IsError()
    {
        var yaml = With("attack_multiplier_per_level: 0", "attack_multiplier_per_level: 0\n  max_level: 2")
            .Replace("escalating_at_level: 1", "escalating_at_level: 1\n  collapse_at_level: 3");

        var error = Assert.Single(Judge(yaml).Errors);

        Assert.Equal("escalation.max_level", error.Path);
        Assert.Equal(LineOf(yaml, "max_level"), error.Line);
        Assert.StartsWith("max_level 2 is below truce.collapse_at_level 3", error.Message);
    }

    [Fact]
    public void Check_CounterRetaliationCertainOnBothSidesWithoutLevelCap_IsError()
    {
        var yaml = Reference.Replace("counter_retaliate: 0", "counter_retaliate: 1");

        var error = Assert.Single(Judge(yaml).Errors);

        Assert.Equal(
            "principals[1].responses.counter_retaliate: counter_retaliate is 1 for both principals and truce.collapse_at_level is not set: every strike would be answered forever; lower counter_retaliate below 1 or set truce.collapse_at_level",
            $"{error.Path}: {error.Message}");
    }

    [Fact]
    public void Check_RegimeWithZeroSensitivityAndSpecificity_WarnsAndPasses()
    {
        var gate = Judge(With("sensitivity: 0.3", "sensitivity: 0").Replace("specificity: 1", "specificity: 0"));

        Assert.True(gate.Passed);
        var warning = Assert.Single(gate.Warnings);
        Assert.Equal("test.yaml:100:5: warning: regimes[0]: sensitivity and specificity are both 0: this regime never confirms a true claim and confirms every unfounded one", warning.ToString());
    }

    [Fact]
    public void Check_FixedDelayNotShorterThanHorizon_Warns()
    {
        var gate = Judge(With("{ distribution: fixed, days: 0 }", "{ distribution: fixed, days: 365 }"));

        Assert.True(gate.Passed);
        Assert.Equal(
            "regimes[0].verdict_delay.days: a fixed verdict delay of 365 days is not shorter than horizon_days (365): no verdict arrives before the horizon",
            Assert.Single(gate.Warnings) is var w ? $"{w.Path}: {w.Message}" : "");
    }

    [Fact]
    public void Check_NothingCanCollapseTheTruce_Warns()
    {
        var gate = Judge(NoCollapse);

        Assert.True(gate.Passed, string.Join("\n", gate.Errors));
        Assert.Equal(
            "test.yaml:97:3: warning: truce: nothing can collapse the truce: truce.collapse_at_tension and truce.collapse_at_level are not set and no commitment's lifecycle has a state with effects.collapse: true; every trial will reach the horizon",
            Assert.Single(gate.Warnings).ToString());
    }

    [Fact]
    public void Check_CollapseThresholdSet_DoesNotWarn()
    {
        Assert.Empty(Judge(NoCollapse.Replace("escalating_at_level: 1", "escalating_at_level: 1\n  collapse_at_tension: 3")).Warnings);
    }

    [Fact]
    public void Check_UnknownRegime_SuggestsTheNearestId()
    {
        var gate = ScenarioGate.Check(Load(Reference), ["monitor", "monitors"]);

        var error = Assert.Single(gate.Errors);
        Assert.Equal("--regime: 'monitor' is not a regime of constant-hazard; did you mean 'monitors'?", error.ToString());
        Assert.False(gate.Passed);
    }

    [Fact]
    public void Check_RepeatedRegime_RunsItOnce()
    {
        Assert.Equal([0], ScenarioGate.Check(Load(Reference), ["monitors", "monitors"]).RegimeIndices);
    }

    [Fact]
    public void Check_Problems_ComeInLineOrderWithOverridesLast()
    {
        var yaml = With("attack_multiplier_per_level: 0", "attack_multiplier_per_level: -1").Replace("elasticity: 0", "elasticity: 2");

        var gate = Judge(yaml, "regimes[0].sensitivity=2");

        Assert.Equal(["test.yaml", "test.yaml", "--set"], gate.Errors.Select(e => e.File));
        Assert.True(gate.Errors[0].Line < gate.Errors[1].Line);
    }

    private static string NoCollapse => With("        effects: { collapse: true }", "        effects: { add_tension: 1 }")
        .Replace("      - { from: in_force, trigger: verdict_confirmed, to: breached }",
            "      - { from: in_force, trigger: verdict_confirmed, to: breached }\n      - { from: breached, trigger: remedy_taken, to: in_force }");

    private static GateResult Judge(string yaml, params string[] overrides) => ScenarioGate.Check(Load(yaml, overrides));
}
