using Simulator.Engine;
using Simulator.Model;

namespace Simulator.Tests.Engine;

/// <summary>
/// A trial's work is bounded: one that would run (almost) forever stops at the event ceiling with an
/// error naming the trial, and a long trial notices cancellation from inside. The scenarios here
/// bypass the validation gate on purpose (it would refuse them).
/// </summary>
public class TrialWorkLimitTests
{
    // One million attacks a day, none ever confirmed: a trial would run 365 million events.
    private static Scenario Endless => TestScenarios.ConstantHazard(attackRate: 1e6, sensitivity: 0);

    [Fact]
    public void Run_TrialBeyondTheEventCeiling_StopsWithAnErrorNamingTheTrial()
    {
        var e = Assert.Throws<TrialLimitException>(() => EngineRuns.Run(Endless, trials: 3, threads: 1, blockSize: 64));

        Assert.Equal(0, e.Trial);
        Assert.Equal("monitors", e.RegimeId);
        Assert.Contains($"more than {WorkLimits.MaxEventsPerTrial:N0} events", e.Message);
    }

    [Fact]
    public void Run_CancelledDuringALongTrial_AbandonsItWithin65536Events()
    {
        var compiled = new CompiledScenario(Endless, [0]);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var simulator = new TrialSimulator(compiled) { Cancellation = cancel.Token };
        var outcome = default(Simulator.Engine.Tallies.TrialOutcome);

        simulator.Run(0, 0, ref outcome);

        Assert.True(simulator.Abandoned);
        Assert.InRange(simulator.EventsProcessed, 1, 65_536);
    }
}
