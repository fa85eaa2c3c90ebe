using Simulator.Loading;
using Simulator.Machines;
using Simulator.Model;
using Simulator.Tests.Support;

namespace Simulator.Tests.Loading;

public class ScenarioLoaderTests
{
    [Fact]
    public void LoadFile_ReferenceScenario_MapsEveryValue()
    {
        var result = ScenarioLoader.LoadFile(RepoPaths.Of("scenarios", "reference", "constant-hazard.yaml"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
        var s = result.Scenario!;
        Assert.Equal("constant-hazard", s.Name);
        Assert.Equal(365, s.HorizonDays);
        Assert.Equal(20000, s.Trials);
        Assert.Equal(20251107UL, s.Seed);
        Assert.Equal([30.0, 90, 180, 365], s.ReportDays);
        Assert.Equal("monitors", s.BaselineRegime);
        Assert.Equal(["victim", "host"], s.Principals.Select(p => p.Id));
        Assert.Equal(0.8, s.Principals[0].Claims.ClaimTrueIncident);
        Assert.Equal(IncidentKind.Strike, s.Principals[1].Claims.UnfoundedKind);
        Assert.Equal(1000, s.Principals[0].Responses.PatienceDays);
        var group = Assert.Single(s.Groups);
        Assert.Equal((1, 0, 0.05), (group.HostIndex, group.TargetIndex, group.AttackRate));
        var commitment = Assert.Single(s.Commitments);
        Assert.Equal(1, commitment.OwnerIndex);
        Assert.Equal([IncidentKind.Attack], commitment.BreachedBy);
        Assert.Equal("collapse_on_confirmation", commitment.Lifecycle.Name);
        Assert.True(commitment.Lifecycle.States[1].Effects.Collapse);
        Assert.Equal(Trigger.VerdictConfirmed, Assert.Single(commitment.Lifecycle.Transitions).Trigger);
        var regime = Assert.Single(s.Regimes);
        Assert.Equal((RegimeKind.ThirdParty, 1.0, 0.3, 1.0), (regime.Kind, regime.Access, regime.Sensitivity, regime.Specificity));
        Assert.Equal(VerdictDelay.Immediate, regime.Delay);
        Assert.Null(regime.Capacity);
        Assert.Null(s.Tension.HalfLifeDays);
        Assert.Equal(1, s.Truce.EscalatingAtLevel);
    }

    [Fact]
    public void LoadFile_EveryScenarioInRepository_LoadsWithoutErrors()
    {
        var files = Directory.GetFiles(RepoPaths.Scenarios, "*.yaml", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var result = ScenarioLoader.LoadFile(file);
            Assert.True(result.Succeeded, $"{file}:\n" + string.Join("\n", result.Errors));
        }
    }

    [Fact]
    public void LoadFile_MissingFile_ReturnsErrorNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-scenario-" + Guid.NewGuid() + ".yaml");

        var result = ScenarioLoader.LoadFile(path);

        Assert.False(result.Succeeded);
        Assert.Equal($"{path}: file not found", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void LoadFile_Directory_ReturnsErrorInsteadOfThrowing()
    {
        var result = ScenarioLoader.LoadFile(RepoPaths.Scenarios);

        Assert.Equal(RepoPaths.Scenarios, Assert.Single(result.Errors).File);
    }

    [Fact]
    public void LoadText_OmittedOptionalSections_UseDocumentedDefaults()
    {
        const string yaml = """
            name: minimal
            run: { horizon_days: 100, trials: 10, seed: 1 }
            principals:
              - id: a
              - id: b
            truce: { strained_at_tension: 1, escalating_at_level: 2, collapse_at_level: 3 }
            regimes:
              - { id: status_quo, kind: none }
            """;

        var result = ScenarioTexts.Load(yaml);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var s = result.Scenario!;
        Assert.Equal([30.0, 90], s.ReportDays);
        Assert.Equal("status_quo", s.BaselineRegime);
        Assert.Equal("a", s.Principals[0].Name);
        var responses = s.Principals[0].Responses;
        Assert.Equal((0.0, 0.0, 0.0, 30.0, 1.0, 0.0),
            (responses.RetaliateConfirmed, responses.RetaliateBelieved, responses.CounterRetaliate,
             responses.PatienceDays, responses.TrustInRegime, responses.RetaliationDelayDays));
        Assert.Equal(IncidentKind.Attack, s.Principals[0].Claims.UnfoundedKind);
        Assert.Equal(0, s.Principals[0].Remedy.Probability);
        Assert.Empty(s.Groups);
        Assert.Empty(s.Commitments);
        Assert.Equal(0, s.Tension.BelievedClaim);
        Assert.Null(s.Escalation.DecayDays);
        Assert.Equal(0, s.Deterrence.Elasticity);
    }

    [Fact]
    public void LoadText_CommitmentWithoutLifecycle_GetsDefaultLifecycle()
    {
        var yaml = ScenarioTexts.With("    lifecycle: collapse_on_confirmation\n", "");

        var result = ScenarioTexts.Load(yaml);

        Assert.Same(DefaultLifecycle.Instance, result.Scenario!.Commitments[0].Lifecycle);
    }

    [Fact]
    public void LoadText_RegimeOptions_MapDelayCapacityMembersAndCost()
    {
        var yaml = ScenarioTexts.With("mediators: []", "mediators:\n  - { id: turkiye }\n  - { id: qatar, name: Qatar }")
            .Replace("    verdict_delay: { distribution: fixed, days: 0 }",
                "    verdict_delay: { distribution: lognormal, median_days: 7, p90_days: 30 }\n    capacity: 4\n    members: [qatar, turkiye]\n    cost_per_claim: 2.5");

        var result = ScenarioTexts.Load(yaml);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var regime = result.Scenario!.Regimes[0];
        Assert.Equal(new VerdictDelay { Distribution = DelayDistribution.LogNormal, MedianDays = 7, P90Days = 30 }, regime.Delay);
        Assert.Equal(4, regime.Capacity);
        Assert.Equal([1, 0], regime.MemberIndices);
        Assert.Equal(2.5, regime.CostPerClaim);
        Assert.Equal("Qatar", result.Scenario.Mediators[1].Name);
    }
}
