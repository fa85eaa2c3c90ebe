using static Simulator.Tests.Scenarios.Loading.ScenarioTexts;

namespace Simulator.Tests.Scenarios.Loading;

public class ScenarioLoaderWarningTests
{
    [Fact]
    public void LoadText_RegimeWithZeroSensitivityAndSpecificity_WarnsAndLoads()
    {
        var result = Load(With("sensitivity: 0.3", "sensitivity: 0").Replace("specificity: 1", "specificity: 0"));

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Warnings);
        Assert.True(warning.IsWarning);
        Assert.Equal("test.yaml:100:5: warning: regimes[0]: sensitivity and specificity are both 0: this regime never confirms a true claim and confirms every unfounded one", warning.ToString());
    }

    [Fact]
    public void LoadText_FixedDelayNotShorterThanHorizon_Warns()
    {
        var result = Load(With("{ distribution: fixed, days: 0 }", "{ distribution: fixed, days: 365 }"));

        Assert.True(result.Succeeded);
        Assert.Equal(
            "regimes[0].verdict_delay.days: a fixed verdict delay of 365 days is not shorter than horizon_days (365): no verdict arrives before the horizon",
            Assert.Single(result.Warnings) is var w ? $"{w.Path}: {w.Message}" : "");
    }

    [Fact]
    public void LoadText_NothingCanCollapseTheTruce_Warns()
    {
        var result = Load(With("        effects: { collapse: true }", "        effects: { add_tension: 1 }")
            .Replace("      - { from: in_force, trigger: verdict_confirmed, to: breached }",
                "      - { from: in_force, trigger: verdict_confirmed, to: breached }\n      - { from: breached, trigger: remedy_taken, to: in_force }"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(
            "test.yaml:97:3: warning: truce: nothing can collapse the truce: truce.collapse_at_tension and truce.collapse_at_level are not set and no commitment's lifecycle has a state with effects.collapse: true; every trial will reach the horizon",
            Assert.Single(result.Warnings).ToString());
    }

    [Fact]
    public void LoadText_CollapseThresholdSet_DoesNotWarn()
    {
        var result = Load(With("        effects: { collapse: true }", "        effects: { add_tension: 1 }")
            .Replace("      - { from: in_force, trigger: verdict_confirmed, to: breached }",
                "      - { from: in_force, trigger: verdict_confirmed, to: breached }\n      - { from: breached, trigger: remedy_taken, to: in_force }")
            .Replace("escalating_at_level: 1", "escalating_at_level: 1\n  collapse_at_tension: 3"));

        Assert.Empty(result.Warnings);
    }
}
