using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Loading;
using Simulator.Model;
using Simulator.Tests.Support;

namespace Simulator.Tests.Engine;

/// <summary>Strategic access, refusals read as confirmation, a regime's start day, the initial state, mediators' regard and cost, each against a closed form or an exact count.</summary>
public sealed class PolicyMechanismTests
{
    private const int Trials = 20_000;
    private static readonly double[] Days = [10, 30, 90, 180, 365];

    // The constant-hazard reference with its monitors' block replaced.
    private static Scenario ConstantHazard(string monitors = "", string extra = "", params string[] overrides)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Scenarios, "reference", "constant-hazard.yaml"));
        text = text.Replace("    verdict_delay: { distribution: fixed, days: 0 }", "    verdict_delay: { distribution: fixed, days: 0 }\n" + monitors, StringComparison.Ordinal) + extra;
        var result = ScenarioLoader.LoadText(text, "constant-hazard.yaml", overrides);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Scenario!;
    }

    [Fact]
    public void Run_HostAdmitsHalfTheTrueClaimsOnItsTerritory_HazardHalves()
    {
        var scenario = ConstantHazard("    access_by_territory: { host: { true_claim: 0.5, unfounded_claim: 1 } }\n");
        var result = EngineRuns.Run(scenario, Trials);
        foreach (var day in Days) EngineRuns.AssertSurvival(result.Tally.Regimes[0], day, Math.Exp(-0.006 * day));
        var totals = result.Tally.Regimes[0].Totals;
        Assert.True(totals.Inspections > 0 && totals.AccessRefusals > 0);
    }

    [Fact]
    public void Run_AccessToTheOtherTerritoryOnly_DoesNotChangeTheHost()
    {
        var scenario = ConstantHazard("    access_by_territory: { victim: { true_claim: 0 } }\n");
        var result = EngineRuns.Run(scenario, Trials);
        foreach (var day in Days) EngineRuns.AssertSurvival(result.Tally.Regimes[0], day, Math.Exp(-0.012 * day));
    }

    [Fact]
    public void Run_EveryRefusalReadAsConfirmation_StrikesAtClaimRateTimesRetaliation()
    {
        // No access at all; the victim reads each refusal as confirmation and strikes with 0.5; one strike collapses.
        var scenario = ConstantHazard("", "",
            "regimes.monitors.access=0", "principals.victim.responses.refusal_as_confirmation=1",
            "principals.victim.responses.retaliate_confirmed=0.5", "truce.collapse_at_level=1");
        var result = EngineRuns.Run(scenario, Trials);
        foreach (var day in Days) EngineRuns.AssertSurvival(result.Tally.Regimes[0], day, Math.Exp(-0.05 * 0.8 * 0.5 * day));
        Assert.Equal(result.Tally.Regimes[0].Totals.AccessRefusals, result.Tally.Regimes[0].Totals.RefusalsReadAsConfirmation);
    }

    [Fact]
    public void Run_RegimeStartsAtDay30_NoCollapseBeforeThenExponentialAfter()
    {
        var scenario = ConstantHazard("    start_day: 30\n");
        var result = EngineRuns.Run(scenario, Trials);
        foreach (var day in new double[] { 10, 29, 60, 180, 365 })
        {
            EngineRuns.AssertSurvival(result.Tally.Regimes[0], day, day < 30 ? 1 : Math.Exp(-0.012 * (day - 30)));
        }
    }

    [Fact]
    public void Run_InitialEscalationLevel_EscalatingForExactlyTheDecayTime()
    {
        var scenario = ConstantHazard("", "\ninitial_state: { escalation_level: 1, tension: 0.5 }\n",
            "armed_groups.group.attack_rate=0", "escalation.decay_days=10");
        var result = EngineRuns.Run(scenario, 500);
        var totals = result.Tally.Regimes[0].Totals;
        Assert.Equal(500L * TimeResolution.ToTicks(10), totals.TicksEscalating);
        Assert.Equal(500, totals.PeakEscalationSum);
        Assert.Equal(0, result.Tally.Regimes[0].Collapsed);
    }

    [Fact]
    public void Compile_MembersCarryTheirRegard_TrustIsTheirMean()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Scenarios, "reference", "constant-hazard.yaml"))
            .Replace("mediators: []\n", "mediators:\n  - { id: a, regard: { victim: 0.2, host: 0.9 } }\n  - { id: b, regard: { victim: 0.6 } }\n", StringComparison.Ordinal)
            .Replace("    kind: third_party\n", "    kind: mediators\n    members: [a, b]\n", StringComparison.Ordinal);
        var result = ScenarioLoader.LoadText(text, "x.yaml", ["principals.host.responses.trust_in_regime=0.1"]);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var compiled = new CompiledScenario(result.Scenario!, [0]);
        Assert.Equal(0.4, compiled.Template.Trust[0][0], 12); // victim: (0.2 + 0.6) / 2
        Assert.Equal(0.5, compiled.Template.Trust[0][1], 12); // host: (0.9 + its own 0.1 for b) / 2
    }

    [Fact]
    public void Run_CostPerInspectionAndPerDay_AddUpFromTheCounts()
    {
        var scenario = ConstantHazard("    cost_per_claim: 2\n    cost_per_day: 0.5\n");
        var tally = EngineRuns.Run(scenario, 2000).Tally.Regimes[0];
        var days = (double)tally.DurationTicksSum / TimeResolution.TicksPerDay;
        var expected = 2 * tally.Totals.Inspections + 0.5 * days;
        Assert.Equal(expected, (double)tally.Totals.CostMillis / 1000, 0.001 * tally.Trials);
        Assert.True(tally.Totals.Inspections > 0);
    }

    [Fact]
    public void Run_SeedScenarioWithPerTrialValuesAndPhases_AllocatesNothingPerTrial()
    {
        var load = ScenarioLoader.LoadFile(Path.Combine(RepoPaths.Scenarios, "pakistan-afghanistan-2025.yaml"));
        var scenario = load.Scenario!;
        Assert.NotEmpty(scenario.TrialVariations);
        var regimes = Enumerable.Range(0, scenario.Regimes.Count).ToArray();
        var simulator = new TrialSimulator(new CompiledScenario(scenario, regimes));
        var outcome = new TrialOutcome();
        long refusals = 0, readings = 0;
        for (var trial = 0; trial < 500; trial++)
        {
            foreach (var r in regimes) simulator.Run(trial, r, ref outcome);
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var trial = 0; trial < 500; trial++)
        {
            foreach (var r in regimes)
            {
                simulator.Run(trial, r, ref outcome);
                refusals += outcome.AccessRefusals;
                readings += outcome.RefusalsReadAsConfirmation;
            }
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(refusals > 0 && readings > 0, "the measured trials exercise strategic access and readings");
        Assert.Equal(0, allocated);
    }
}
