using Simulator.Machines;
using Simulator.Model;

namespace Simulator.Tests.Machines;

/// <summary>
/// The Stateless definition and the compiled table must never drift apart: the same pseudo-random
/// trigger sequences (fixed seed) drive both, and the states must agree after every trigger.
/// </summary>
public sealed class MachineAgreementTests
{
    private const int Sequences = 500;
    private const int Length = 50;
    private const int Seed = 20251127;

    /// <summary>A lifecycle with a self-transition (re-entry), effects, an absorbing state and an unreachable one.</summary>
    internal static Lifecycle CustomLifecycle { get; } = new()
    {
        Name = "strikes_count",
        Initial = "quiet",
        States =
        [
            new LifecycleState { Id = "quiet" },
            new LifecycleState { Id = "under_fire", Effects = new StateEffects { AddTension = 0.5 } },
            new LifecycleState { Id = "broken", Effects = new StateEffects { Collapse = true } },
            new LifecycleState { Id = "orphan" },
        ],
        Transitions =
        [
            new LifecycleTransition { From = "quiet", Trigger = Trigger.ClaimFiled, To = "under_fire" },
            new LifecycleTransition { From = "under_fire", Trigger = Trigger.Retaliation, To = "under_fire" },
            new LifecycleTransition { From = "under_fire", Trigger = Trigger.VerdictRefuted, To = "quiet" },
            new LifecycleTransition { From = "under_fire", Trigger = Trigger.AccessRefused, To = "broken" },
            new LifecycleTransition { From = "orphan", Trigger = Trigger.PatienceExpired, To = "quiet" },
        ],
    };

    [Fact]
    public void Fire_RandomSequencesOnDefaultLifecycle_StatelessAndTableAgreeAfterEveryTrigger()
    {
        var (visited, _) = AssertLifecycleAgrees(DefaultLifecycle.Instance);

        Assert.Equal(DefaultLifecycle.Instance.States.Select(s => s.Id).ToHashSet(), visited);
    }

    [Fact]
    public void Fire_RandomSequencesOnLifecycleWithReentry_StatelessAndTableAgreeAfterEveryTrigger()
    {
        var (visited, reentries) = AssertLifecycleAgrees(CustomLifecycle);

        Assert.Equal(new HashSet<string> { "quiet", "under_fire", "broken" }, visited);
        Assert.True(reentries > 0, "the sequences never exercised the self-transition");
    }

    [Fact]
    public void Fire_RandomSequencesOnTruce_StatelessAndTableAgreeAfterEveryTrigger()
    {
        var table = MachineCompiler.CompileTruce();
        var random = new Random(Seed);
        var visited = new HashSet<TruceState>();
        for (var sequence = 0; sequence < Sequences; sequence++)
        {
            var machine = TruceMachineFactory.Create();
            var state = table.InitialState;
            Assert.Equal((int)machine.State, state);
            for (var step = 0; step < Length; step++)
            {
                // Collapse is drawn rarely so sequences spend time in the other states before absorbing.
                var trigger = random.Next(20) == 0 ? TruceTrigger.Collapse : (TruceTrigger)random.Next(4);
                machine.Fire(trigger);
                state = Step(table, state, (int)trigger);
                Assert.True((int)machine.State == state,
                    $"sequence {sequence}, step {step}, {trigger}: Stateless {machine.State}, table {table.StateNames[state]}");
                visited.Add(machine.State);
            }
        }

        Assert.Equal(Enum.GetValues<TruceState>().ToHashSet(), visited);
    }

    /// <summary>Drives both forms with the same sequences; returns the states visited and how many self-transitions fired.</summary>
    private static (HashSet<string> Visited, int Reentries) AssertLifecycleAgrees(Lifecycle lifecycle)
    {
        var table = MachineCompiler.Compile(lifecycle.Name, lifecycle);
        var random = new Random(Seed);
        var visited = new HashSet<string>();
        var reentries = 0;
        for (var sequence = 0; sequence < Sequences; sequence++)
        {
            var machine = LifecycleMachineFactory.Create(lifecycle);
            var state = table.InitialState;
            Assert.Equal(machine.State, table.StateNames[state]);
            for (var step = 0; step < Length; step++)
            {
                var trigger = (Trigger)random.Next(TriggerNames.Count);
                reentries += table.Next(state, (int)trigger) == state ? 1 : 0;
                machine.Fire(trigger);
                state = Step(table, state, (int)trigger);
                Assert.True(machine.State == table.StateNames[state],
                    $"sequence {sequence}, step {step}, {TriggerNames.Name(trigger)}: Stateless {machine.State}, table {table.StateNames[state]}");
                visited.Add(machine.State);
            }
        }
        return (visited, reentries);
    }

    /// <summary>How the engine steps a table: −1 means the trigger is ignored and the state stays.</summary>
    private static int Step(CompiledMachine table, int state, int trigger)
    {
        var next = table.Next(state, trigger);
        return next < 0 ? state : next;
    }
}
