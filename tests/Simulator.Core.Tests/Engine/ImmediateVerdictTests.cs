using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Loading;
using Simulator.Model;
using Simulator.Tests.Support;

namespace Simulator.Tests.Engine;

/// <summary>
/// Verdicts without delay bypass the event queue (TrialSimulator.ImmediateVerdicts.cs). These run
/// the same trials with the fast path and with every verdict queued, and require the same outcome
/// for every trial and regime and the same event count.
/// </summary>
public sealed class ImmediateVerdictTests
{
    [Fact]
    public void Run_ConstantHazardFile_TakesTheFastPathForEveryVerdict()
    {
        var compiled = new CompiledScenario(LoadScenario("reference", "constant-hazard.yaml"), [0]);
        var fast = new TrialSimulator(compiled);
        var verdicts = 0L;
        var outcome = new TrialOutcome();
        for (var trial = 0; trial < 2000; trial++)
        {
            fast.Run(trial, 0, ref outcome);
            verdicts += outcome.Verdicts;
        }

        Assert.True(verdicts > 1000, $"only {verdicts} verdicts");
        Assert.Equal(verdicts, fast.ImmediateVerdicts);
    }

    [Fact]
    public void Run_ConstantHazardFile_SameOutcomesAsQueuedVerdicts()
    {
        var compiled = new CompiledScenario(LoadScenario("reference", "constant-hazard.yaml"), [0]);
        AssertSameAsQueued(compiled, 5000);
    }

    [Fact]
    public void Run_SeedScenarioWithoutDelays_SameOutcomesAsQueuedVerdicts()
    {
        // Every regime of the seed scenario with immediate verdicts: capacity limits, refusals,
        // uncertain access, a regime that starts at day 30 and widens its access at day 120.
        var seed = LoadScenario("pakistan-afghanistan-2025.yaml");
        var scenario = seed with { Regimes = seed.Regimes.Select(WithoutDelay).ToList() };
        AssertSameAsQueued(new CompiledScenario(scenario, Enumerable.Range(0, scenario.Regimes.Count).ToArray()), 2000);
    }

    [Fact]
    public void Run_RichScenarioWithoutDelays_SameOutcomesAsQueuedVerdicts()
    {
        // Retaliation without delay too: strikes are then queued at the instant of the verdict that
        // provoked them, so verdicts due now and queued events meet at the same time.
        var rich = TestScenarios.Rich();
        var scenario = rich with
        {
            Regimes = rich.Regimes.Select(WithoutDelay).ToList(),
            Principals = rich.Principals
                .Select(p => p with { Responses = p.Responses with { RetaliationDelayDays = 0 } })
                .ToList(),
        };
        AssertSameAsQueued(new CompiledScenario(scenario, [0, 1, 2, 3]), 3000);
    }

    [Fact]
    public void Run_RichScenarioWithDelays_SameOutcomesAsQueuedVerdicts()
    {
        // Drawn delays take the fast path only when too small to move the clock: still the same trials.
        AssertSameAsQueued(new CompiledScenario(TestScenarios.Rich(), [0, 1, 2, 3]), 2000);
    }

    private static void AssertSameAsQueued(CompiledScenario compiled, int trials)
    {
        var fast = new TrialSimulator(compiled);
        var queued = new TrialSimulator(compiled) { QueueEveryVerdict = true };
        var a = new TrialOutcome();
        var b = new TrialOutcome();
        for (var trial = 0; trial < trials; trial++)
        {
            for (var r = 0; r < compiled.Regimes.Length; r++)
            {
                fast.Run(trial, r, ref a);
                queued.Run(trial, r, ref b);
                if (!a.Equals(b)) Assert.Fail($"Trial {trial}, regime {r}: the fast path changed the outcome.");
            }
        }

        Assert.Equal(queued.EventsProcessed, fast.EventsProcessed);
        Assert.Equal(0, queued.ImmediateVerdicts);
        if (compiled.Regimes.Any(r => HasZeroDelay(r.Source))) Assert.True(fast.ImmediateVerdicts > 0);
    }

    private static bool HasZeroDelay(Regime regime) =>
        regime.Kind != RegimeKind.None && regime.Delay is { Distribution: DelayDistribution.Fixed, Days: 0 };

    private static Regime WithoutDelay(Regime regime) => regime with
    {
        Delay = VerdictDelay.Immediate,
        Phases = regime.Phases.Select(p => p.Delay is null ? p : p with { Delay = VerdictDelay.Immediate }).ToList(),
    };

    private static Scenario LoadScenario(params string[] path)
    {
        var scenario = ScenarioLoader.LoadFile(Path.Combine([RepoPaths.Scenarios, .. path])).Scenario;
        Assert.NotNull(scenario);
        return scenario;
    }
}
