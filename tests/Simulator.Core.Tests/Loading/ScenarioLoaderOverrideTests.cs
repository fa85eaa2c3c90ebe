using Simulator.Loading;
using Simulator.Tests.Support;
using static Simulator.Tests.Loading.ScenarioTexts;

namespace Simulator.Tests.Loading;

/// <summary><c>--set key.path=value</c>: applied to the document before validation, errors attributed to --set.</summary>
public class ScenarioLoaderOverrideTests
{
    [Fact]
    public void LoadText_OverridesByIdIndexAndKey_ChangeTheScenario()
    {
        var result = Load(Reference,
            "regimes.monitors.sensitivity=0.5", "principals.victim.responses.patience_days=7", "run.trials=500",
            "armed_groups[0].attack_rate=0.1", "tension.half_life_days=20", "run.report_days[0]=10");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var s = result.Scenario!;
        Assert.Equal(0.5, s.Regimes[0].Sensitivity);
        Assert.Equal(7, s.Principals[0].Responses.PatienceDays);
        Assert.Equal(500, s.Trials);
        Assert.Equal(0.1, s.Groups[0].AttackRate);
        Assert.Equal(20, s.Tension.HalfLifeDays);
        Assert.Equal(10, s.ReportDays[0]);
    }

    [Fact]
    public void LoadText_OverrideOfAbsentSection_CreatesIt()
    {
        var yaml = With("deterrence:\n  elasticity: 0\n", "");

        var result = Load(yaml, "deterrence.elasticity=0.4", "lifecycles.collapse_on_confirmation.states.breached.effects.add_tension=2");

        Assert.Equal(0.4, result.Scenario!.Deterrence.Elasticity);
        Assert.Equal(2, result.Scenario.Commitments[0].Lifecycle.States[1].Effects.AddTension);
    }

    [Fact]
    public void LoadText_OverrideOutOfRange_IsAttributedToSetWithValueAndRange()
    {
        var error = SingleError(Reference, "regimes.monitors.sensitivity=1.5");

        Assert.Equal("--set: regimes.monitors.sensitivity: must be a probability between 0 and 1; found 1.5", error.ToString());
    }

    [Fact]
    public void LoadText_OverrideWithNan_IsRejectedLikeTheFile()
    {
        var error = SingleError(Reference, "run.horizon_days=.nan");

        Assert.Equal("--set: run.horizon_days: must be a number of days greater than 0 and at most 36500; found .nan, which is not a finite number", error.ToString());
    }

    [Fact]
    public void LoadText_OverrideUnknownKey_SuggestsNearest()
    {
        var error = SingleError(Reference, "regimes.monitors.sensitivty=0.5");

        Assert.Equal("--set: regimes.monitors.sensitivty: unknown key 'sensitivty'; did you mean 'sensitivity'?", error.ToString());
    }

    [Fact]
    public void LoadText_OverrideUnknownItemId_SuggestsNearest()
    {
        var error = SingleError(Reference, "regimes.monitor.sensitivity=0.5");

        Assert.Equal("--set: regimes.monitor.sensitivity: 'regimes' has no item with id 'monitor'; did you mean 'monitors'?", error.ToString());
    }

    [Fact]
    public void LoadText_OverrideOfMapping_OnlyScalarsMayBeSet()
    {
        var error = SingleError(Reference, "run=5");

        Assert.Equal("--set: run: only single values can be set; 'run' is a mapping", error.ToString());
    }

    [Fact]
    public void LoadText_OverrideWithListValueOnSingleValueKey_IsError()
    {
        var error = SingleError(Reference, "run.trials=[1, 2]");

        Assert.Equal("--set: run.trials: 'run.trials' takes a single value, not a list", error.ToString());
    }

    [Fact]
    public void LoadText_OverrideWithFlowListOnListKey_ReplacesTheList()
    {
        var seed = File.ReadAllText(Path.Combine(RepoPaths.Scenarios, "pakistan-afghanistan-2025.yaml"));
        var result = ScenarioLoader.LoadText(seed, "seed.yaml", ["regimes.mediator_commission.members=[qatar]", "run.report_days=[10, 20]"]);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var regime = result.Scenario!.Regimes.Single(r => r.Id == "mediator_commission");
        Assert.Equal(["qatar"], regime.MemberIndices.Select(i => result.Scenario.Mediators[i].Id));
        Assert.Equal([10.0, 20.0], result.Scenario.ReportDays);
    }

    [Fact]
    public void LoadText_OverrideOfADistributionsParameter_ChangesThatParameterOnly()
    {
        var frailty = File.ReadAllText(Path.Combine(RepoPaths.Scenarios, "reference", "gamma-frailty.yaml"));
        var result = ScenarioLoader.LoadText(frailty, "gamma-frailty.yaml", ["armed_groups.group.attack_rate.shape=4"]);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var gamma = result.Scenario!.TrialVariations.Single().Distribution;
        Assert.Equal((4.0, 0.025), (gamma.A, gamma.B));
        var unchanged = ScenarioLoader.LoadText(frailty, "gamma-frailty.yaml").Scenario!.TrialVariations.Single().Distribution;
        Assert.Equal((2.0, 0.025), (unchanged.A, unchanged.B));
    }

    [Fact]
    public void LoadText_OverrideOfAnUncertainValuesBound_ChangesTheRange()
    {
        var result = Load(With("attack_rate: 0.05", "attack_rate: { uncertain: uniform, min: 0.01, max: 0.1 }"), "armed_groups.group.attack_rate.max=0.3");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(0.3, result.Uncertain.Single().Distribution.Max);
    }

    [Fact]
    public void LoadText_OverrideOfADistributionsParameterOutOfRange_NamesTheRange()
    {
        var frailty = File.ReadAllText(Path.Combine(RepoPaths.Scenarios, "reference", "gamma-frailty.yaml"));
        var result = ScenarioLoader.LoadText(frailty, "gamma-frailty.yaml", ["armed_groups.group.attack_rate.shape=0"]);

        Assert.False(result.Succeeded);
        Assert.Contains("a shape between 0.01 and 1000", string.Join("\n", result.Errors));
    }

    [Fact]
    public void LoadText_OverrideBelowAPlainNumber_IsStillError()
    {
        var error = SingleError(Reference, "armed_groups.group.attack_rate.shape=2");

        Assert.Equal("--set: armed_groups.group.attack_rate.shape: 'armed_groups.group.attack_rate' is a single value; only a value written as a distribution ({ per_trial: … } or { uncertain: … }) has keys below it", error.ToString());
    }

    [Fact]
    public void LoadText_OverrideWithNestedList_IsError()
    {
        var error = SingleError(Reference, "run.report_days=[[1], 2]");

        Assert.Contains("only single values and flow lists of single values", error.ToString());
    }

    [Fact]
    public void LoadText_OverrideIndexOutOfRange_IsError()
    {
        var error = SingleError(Reference, "principals[2].domestic_incident_rate=1");

        Assert.Equal("--set: principals[2].domestic_incident_rate: index 2 is out of range; 'principals' has 2 items", error.ToString());
    }

    [Fact]
    public void LoadText_OverrideWithoutEquals_IsError()
    {
        var error = SingleError(Reference, "run.trials");

        Assert.Equal("--set: run.trials: expected key.path=value, e.g. run.trials=500", error.ToString());
    }

    [Fact]
    public void LoadText_OverrideQuotedValue_IsText()
    {
        var error = SingleError(Reference, "run.trials='500'");

        Assert.Equal("must be an integer between 1 and 100000000; found '500'", error.Message);
    }

    [Fact]
    public void LoadText_OverrideOfAliasedValue_ChangesOnlyThatPlace()
    {
        var yaml = With("trials: 20000", "trials: &n 20000").Replace("seed: 20251107", "seed: *n");

        var result = Load(yaml, "run.trials=7");

        Assert.Equal((7, 20000UL), (result.Scenario!.Trials, result.Scenario.Seed));
    }

    [Fact]
    public void LoadText_OverrideOfSharedMapping_DoesNotChangeTheOtherAlias()
    {
        var yaml = With("    restraint: { capacity: 0, intent: 0 }", "    restraint: &r { capacity: 0, intent: 0 }")
            .Replace("  - id: group\n", "  - id: other\n    based_in: host\n    targets: victim\n    attack_rate: 0\n    restraint: *r\n  - id: group\n")
            .Replace("    restraint: &r { capacity: 0, intent: 0 }", "    restraint: *r")
            .Replace("    restraint: *r\n  - id: group", "    restraint: &r { capacity: 0, intent: 0 }\n  - id: group");

        var result = Load(yaml, "armed_groups.group.restraint.capacity=0.5");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal((0.0, 0.5), (result.Scenario!.Groups[0].RestraintCapacity, result.Scenario.Groups[1].RestraintCapacity));
    }
}
