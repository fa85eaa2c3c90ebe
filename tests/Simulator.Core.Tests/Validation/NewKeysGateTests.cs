using Simulator.Loading;
using Simulator.Validation;
using static Simulator.Tests.Loading.ScenarioTexts;

namespace Simulator.Tests.Validation;

/// <summary>Per-trial values, phases, start days and the initial state: the loader and the gate refuse what cannot run or would mean nothing.</summary>
public class NewKeysGateTests
{
    private static GateResult Judge(string yaml, params string[] overrides) => ScenarioGate.Check(Load(yaml, overrides));

    [Fact]
    public void Load_PerTrialOnIntegerKey_IsRefusedWithTheReason()
    {
        var error = SingleError(With("  escalating_at_level: 1", "  escalating_at_level: { per_trial: uniform, min: 1, max: 3 }"));
        Assert.Equal("truce.escalating_at_level", error.Path);
        Assert.Contains("cannot vary between trials", error.Message);
    }

    [Fact]
    public void Load_PerTrialGammaOnProbability_IsTruncatedToTheKeysRange()
    {
        var result = Load(With("claim_true_incident: 0.8", "claim_true_incident: { per_trial: gamma, shape: 2, scale: 0.4 }"));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var variation = Assert.Single(result.Scenario!.TrialVariations);
        Assert.Equal("principals.victim.claims.claim_true_incident", variation.Path);
        Assert.Equal(1, variation.High);
    }

    [Fact]
    public void Check_PerTrialAttackRateWhoseTailBreaksTheWorkBound_IsRefused()
    {
        var gate = Judge(With("attack_rate: 0.05", "attack_rate: { per_trial: lognormal, median: 0.05, p90: 100 }"));
        var error = Assert.Single(gate.Errors);
        Assert.Contains("incidents and claims", error.Message);
    }

    [Fact]
    public void Check_PerTrialMedianThatCanPassTheP90_IsRefused()
    {
        var yaml = With("verdict_delay: { distribution: fixed, days: 0 }", "verdict_delay: { distribution: lognormal, median_days: { per_trial: uniform, min: 2, max: 9 }, p90_days: 8 }");
        var error = Assert.Single(Judge(yaml).Errors);
        Assert.Equal("regimes[0].verdict_delay.p90_days", error.Path);
    }

    [Fact]
    public void Check_StartDayAtTheHorizon_IsRefused()
    {
        var error = Assert.Single(Judge(With("    specificity: 1", "    specificity: 1\n    start_day: 365")).Errors);
        Assert.Equal("regimes[0].start_day", error.Path);
    }

    [Fact]
    public void Load_PhasesOutOfOrder_AreRefused()
    {
        var error = SingleError(With("    specificity: 1", "    specificity: 1\n    phases:\n      - { from_day: 60, sensitivity: 0.5 }\n      - { from_day: 30, sensitivity: 0.6 }"));
        Assert.Equal("regimes[0].phases[1].from_day", error.Path);
        Assert.Contains("greater than the previous phase's from_day (60)", error.Message);
    }

    [Fact]
    public void Load_PhaseThatChangesNothing_IsRefused()
    {
        var error = SingleError(With("    specificity: 1", "    specificity: 1\n    phases: [{ from_day: 60 }]"));
        Assert.Contains("at least one new value", error.Message);
    }

    [Fact]
    public void Check_InitialTensionAtTheCollapseThreshold_IsRefused()
    {
        var gate = Judge(Reference, "truce.collapse_at_tension=3", "initial_state.tension=3");
        var error = Assert.Single(gate.Errors);
        Assert.Equal("initial_state.tension", error.Path);
    }

    [Fact]
    public void Load_InitialStateOfUnknownState_SuggestsTheNearest()
    {
        var error = SingleError(Reference + "\ninitial_state: { commitments: { no_sanctuary: breeched } }\n");
        Assert.Contains("did you mean 'breached'", error.Message);
    }

    [Fact]
    public void Load_NoneRegimeWithPhases_IsRefused()
    {
        var yaml = With("  - id: monitors", "  - { id: quo, kind: none, phases: [{ from_day: 5, access: 1 }] }\n  - id: monitors");
        var error = SingleError(yaml);
        Assert.Contains("has no effect under kind none", error.Message);
    }
}
