using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Model;

namespace Simulator.Tests.Engine;

public sealed class TrialSimulatorTests
{
    [Fact]
    public void Run_RegimeLikelyToAttribute_DetersAttacks()
    {
        // Capacity 1, intent 0, elasticity 1: P_attr = 0.9 makes effective intent 0.9, so attacks fall tenfold.
        var scenario = TestScenarios.Base(
            [TestScenarios.Monitors("blind", sensitivity: 0), TestScenarios.Monitors("sharp", sensitivity: 0.9)],
            groups: [TestScenarios.Group("g", 0.5, capacity: 1, intent: 0)]) with
        {
            Deterrence = new DeterrenceRules { Elasticity = 1 },
        };
        var result = EngineRuns.Run(scenario, 2000);
        var blind = result.Tally.Regimes[0].Totals.Incidents;
        var sharp = result.Tally.Regimes[1].Totals.Incidents;

        Assert.InRange(blind, 2000 * 365 * 0.5 * 0.98, 2000 * 365 * 0.5 * 1.02);
        Assert.InRange(sharp / (double)blind, 0.09, 0.11);
    }

    [Fact]
    public void Run_RefutedFabricationsWithFullTrust_NeverLeadToRetaliation()
    {
        var scenario = TestScenarios.Base(
            [TestScenarios.Monitors(specificity: 1)],
            victim: TestScenarios.Principal("victim", fabricationRate: 0.2, retaliateBelieved: 1, retaliateConfirmed: 1,
                trustInRegime: 1, patienceDays: 1000));
        var totals = EngineRuns.Run(scenario, 1000).Tally.Regimes[0].Totals;

        Assert.True(totals.ClaimsUnfounded > 50_000);
        Assert.Equal(totals.ClaimsUnfounded, totals.UnfoundedRefuted);
        Assert.Equal(0, totals.Retaliations);
        Assert.Equal(0, totals.PeakEscalationMax);
    }

    [Fact]
    public void Run_CapacityOneWithLongDelays_BuildsBacklogAndSlowsVerdicts()
    {
        var slow = TestScenarios.Fixed(5);
        var scenario = TestScenarios.Base(
            [TestScenarios.Monitors("unlimited", delay: slow), TestScenarios.Monitors("one_at_a_time", delay: slow, capacity: 1)],
            groups: [TestScenarios.Group("g", 0.15)]);
        var result = EngineRuns.Run(scenario, 500);
        var unlimited = result.Tally.Regimes[0].Totals;
        var single = result.Tally.Regimes[1].Totals;

        // Unlimited capacity: every delivered verdict took exactly the examination time.
        Assert.Equal(unlimited.Verdicts * TimeResolution.ToTicks(5), unlimited.VerdictTicksSum);
        Assert.True(single.MaxBacklog > 1);
        Assert.True(single.VerdictTicksSum / (double)single.Verdicts > 1.1 * TimeResolution.ToTicks(5));
    }

    [Fact]
    public void Run_PatienceShorterThanVerdictDelay_MakesTheClaimBelievedBeforeAnyVerdict()
    {
        var scenario = TestScenarios.Base(
            [TestScenarios.Monitors(sensitivity: 1, delay: TestScenarios.Fixed(10))],
            groups: [TestScenarios.Group("g", 0.05)],
            victim: TestScenarios.Principal("victim", claimTrueIncident: 1, patienceDays: 1)) with
        {
            Tension = new TensionRules { BelievedClaim = 1, UnremediedBreach = 0, Retaliation = 0, AccessRefusal = 0 },
            Truce = new TruceRules { StrainedAtTension = 1, EscalatingAtLevel = 1, CollapseAtTension = 1 },
        };
        var tally = EngineRuns.Run(scenario, 1000).Tally.Regimes[0];
        var causes = new CauseCatalog(scenario);

        Assert.True(tally.Collapsed > 900);
        Assert.All(tally.EventsByTickAndCause.Keys,
            key => Assert.Equal("no_sanctuary:patience_expired", causes.Name(Simulator.Engine.Tallies.RegimeTally.CauseOf(key))));
        Assert.Equal(0, tally.Totals.Verdicts);
    }

    [Fact]
    public void Run_AnyTrial_SplitsItsDurationAmongTruceStates()
    {
        var compiled = new CompiledScenario(TestScenarios.Rich(), [0, 1, 2, 3]);
        var simulator = new TrialSimulator(compiled);
        var outcome = new TrialOutcome();
        for (var trial = 0; trial < 300; trial++)
        {
            for (var r = 0; r < 4; r++)
            {
                simulator.Run(trial, r, ref outcome);
                Assert.Equal(outcome.DurationTicks, outcome.TicksHolding + outcome.TicksStrained + outcome.TicksEscalating);
                Assert.Equal(outcome.Collapsed, outcome.CauseId >= 0);
                Assert.True(outcome.Collapsed || outcome.DurationTicks == compiled.HorizonTicks);
            }
        }
    }

    [Fact]
    public void Run_SameTrialTwice_GivesTheSameOutcome()
    {
        var simulator = new TrialSimulator(new CompiledScenario(TestScenarios.Rich(), [1]));
        var first = new TrialOutcome();
        var second = new TrialOutcome();
        simulator.Run(42, 0, ref first);
        simulator.Run(43, 0, ref second);
        simulator.Run(42, 0, ref second);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Run_RichScenarioAfterWarmUp_AllocatesNothingPerTrial()
    {
        var compiled = new CompiledScenario(TestScenarios.Rich(), [0, 1, 2, 3]);
        var simulator = new TrialSimulator(compiled);
        var outcome = new TrialOutcome();
        long retaliations = 0, remedies = 0, maxBacklog = 0, refusals = 0;

        // Warm up on the very trials that are measured, so every buffer has already reached the size they need.
        for (var trial = 0; trial < 1000; trial++)
        {
            for (var r = 0; r < 4; r++) simulator.Run(trial, r, ref outcome);
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var trial = 0; trial < 1000; trial++)
        {
            for (var r = 0; r < 4; r++)
            {
                simulator.Run(trial, r, ref outcome);
                retaliations += outcome.Retaliations;
                remedies += outcome.Remedies;
                refusals += outcome.AccessRefusals;
                maxBacklog = Math.Max(maxBacklog, outcome.MaxBacklog);
            }
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        // The measured trials really exercised delays, capacity, refusals, retaliation and remedies.
        Assert.True(retaliations > 0 && remedies > 0 && refusals > 0 && maxBacklog > 1);
    }

    [Fact]
    public void Run_CustomLifecycleWithEscalationEffect_CollapsesAtTheLevelThreshold()
    {
        // A confirmed breach adds two escalation levels: with collapse_at_level 2 the first confirmation collapses.
        var lifecycle = new Lifecycle
        {
            Name = "escalate_on_confirmation",
            Initial = "in_force",
            States =
            [
                new LifecycleState { Id = "in_force" },
                new LifecycleState { Id = "confirmed", Effects = new StateEffects { AddEscalation = 2 } },
            ],
            Transitions = [new LifecycleTransition { From = "in_force", Trigger = Trigger.VerdictConfirmed, To = "confirmed" }],
        };
        var scenario = TestScenarios.ConstantHazard() with
        {
            Commitments = [TestScenarios.NoSanctuary(lifecycle)],
            Truce = new TruceRules { StrainedAtTension = 1, EscalatingAtLevel = 1, CollapseAtLevel = 2 },
        };
        var reference = EngineRuns.Run(TestScenarios.ConstantHazard(), 2000).Tally.Regimes[0];
        var tally = EngineRuns.Run(scenario, 2000).Tally.Regimes[0];

        // Same streams, same first confirmation: the same collapse times, now through escalation.
        Assert.Equal(reference.DurationTicksSum, tally.DurationTicksSum);
        Assert.Equal(2, tally.Totals.PeakEscalationMax);
    }
}
