using Simulator.Machines;

namespace Simulator.Tests.Machines;

/// <summary>The truce machine holding → strained → escalating → collapsed, in Stateless and in the compiled table.</summary>
public sealed class TruceMachineTests
{
    private static readonly CompiledMachine Compiled = MachineCompiler.CompileTruce();

    /// <summary>Every transition of the truce machine: (from, trigger, to).</summary>
    public static TheoryData<TruceState, TruceTrigger, TruceState> Transitions => new()
    {
        { TruceState.Holding, TruceTrigger.Strain, TruceState.Strained },
        { TruceState.Holding, TruceTrigger.Escalate, TruceState.Escalating },
        { TruceState.Holding, TruceTrigger.Collapse, TruceState.Collapsed },
        { TruceState.Strained, TruceTrigger.Ease, TruceState.Holding },
        { TruceState.Strained, TruceTrigger.Escalate, TruceState.Escalating },
        { TruceState.Strained, TruceTrigger.Collapse, TruceState.Collapsed },
        { TruceState.Escalating, TruceTrigger.Deescalate, TruceState.Strained },
        { TruceState.Escalating, TruceTrigger.Collapse, TruceState.Collapsed },
    };

    /// <summary>Every (state, trigger) pair without a transition, including all of collapsed's.</summary>
    public static TheoryData<TruceState, TruceTrigger> IgnoredPairs()
    {
        var transitions = Transitions.Select(row => ((TruceState)row[0], (TruceTrigger)row[1])).ToHashSet();
        var data = new TheoryData<TruceState, TruceTrigger>();
        foreach (var state in Enum.GetValues<TruceState>())
        {
            foreach (var trigger in Enum.GetValues<TruceTrigger>())
            {
                if (!transitions.Contains((state, trigger)))
                {
                    data.Add(state, trigger);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Fire_Transition_StatelessAndTableMoveToDestination(TruceState from, TruceTrigger trigger, TruceState to)
    {
        var machine = MachineAt(from);

        machine.Fire(trigger);

        Assert.Equal(to, machine.State);
        Assert.Equal((int)to, Compiled.Next((int)from, (int)trigger));
    }

    [Theory]
    [MemberData(nameof(IgnoredPairs))]
    public void Fire_TriggerWithoutTransition_IsIgnoredByStatelessAndTable(TruceState state, TruceTrigger trigger)
    {
        var machine = MachineAt(state);

        machine.Fire(trigger);

        Assert.Equal(state, machine.State);
        Assert.Equal(-1, Compiled.Next((int)state, (int)trigger));
    }

    [Fact]
    public void Fire_StrainEscalateCollapse_WalksHoldingStrainedEscalatingCollapsed()
    {
        var machine = TruceMachineFactory.Create();
        var visited = new List<TruceState> { machine.State };

        foreach (var trigger in new[] { TruceTrigger.Strain, TruceTrigger.Escalate, TruceTrigger.Collapse })
        {
            machine.Fire(trigger);
            visited.Add(machine.State);
        }

        Assert.Equal([TruceState.Holding, TruceState.Strained, TruceState.Escalating, TruceState.Collapsed], visited);
    }

    [Fact]
    public void Fire_DeescalateThenEase_ReturnsFromEscalatingToHoldingThroughStrained()
    {
        var machine = MachineAt(TruceState.Escalating);

        machine.Fire(TruceTrigger.Deescalate);
        var afterDeescalate = machine.State;
        machine.Fire(TruceTrigger.Ease);

        Assert.Equal(TruceState.Strained, afterDeescalate);
        Assert.Equal(TruceState.Holding, machine.State);
    }

    [Fact]
    public void Fire_AnyTriggerWhenCollapsed_StaysCollapsed()
    {
        var machine = MachineAt(TruceState.Collapsed);

        foreach (var trigger in Enum.GetValues<TruceTrigger>())
        {
            machine.Fire(trigger);
            Assert.Equal(TruceState.Collapsed, machine.State);
            Assert.Equal(-1, Compiled.Next((int)TruceState.Collapsed, (int)trigger));
        }
    }

    [Fact]
    public void Create_FreshMachine_StartsHolding()
    {
        Assert.Equal(TruceState.Holding, TruceMachineFactory.Create().State);
        Assert.Equal((int)TruceState.Holding, Compiled.InitialState);
    }

    /// <summary>A fresh machine driven to <paramref name="state"/> along the shortest path from holding.</summary>
    private static Stateless.StateMachine<TruceState, TruceTrigger> MachineAt(TruceState state)
    {
        var machine = TruceMachineFactory.Create();
        TruceTrigger[] path = state switch
        {
            TruceState.Holding => [],
            TruceState.Strained => [TruceTrigger.Strain],
            TruceState.Escalating => [TruceTrigger.Escalate],
            _ => [TruceTrigger.Collapse],
        };
        foreach (var trigger in path)
        {
            machine.Fire(trigger);
        }
        Assert.Equal(state, machine.State);
        return machine;
    }
}
