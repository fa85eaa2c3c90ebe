using Simulator.Machines;
using Simulator.Model;

namespace Simulator.Tests.Machines;

public sealed class MachineCompilerTests
{
    [Fact]
    public void Compile_DefaultLifecycle_HasOneRowPerStateAndOneColumnPerTrigger()
    {
        var table = MachineCompiler.Compile("ceasefire", DefaultLifecycle.Instance);

        Assert.Equal("ceasefire", table.Name);
        Assert.Equal(5, table.StateCount);
        Assert.Equal(TriggerNames.Count, table.TriggerCount);
        Assert.Equal(DefaultLifecycle.Instance.States.Select(s => s.Id), table.StateNames);
    }

    [Fact]
    public void Compile_DefaultLifecycle_StartsInInForce()
    {
        var table = MachineCompiler.Compile("ceasefire", DefaultLifecycle.Instance);

        Assert.Equal("in_force", table.StateNames[table.InitialState]);
    }

    [Fact]
    public void Compile_InitialStateNotFirst_InitialIndexFollowsDeclarationOrder()
    {
        var lifecycle = MachineAgreementTests.CustomLifecycle with { Initial = "broken" };

        var table = MachineCompiler.Compile("c", lifecycle);

        Assert.Equal(2, table.InitialState);
    }

    [Fact]
    public void Compile_DefaultLifecycle_HasExactlyOneEntryPerTransitionAndMinusOneElsewhere()
    {
        var table = MachineCompiler.Compile("ceasefire", DefaultLifecycle.Instance);

        var entries = 0;
        for (var state = 0; state < table.StateCount; state++)
        {
            for (var trigger = 0; trigger < table.TriggerCount; trigger++)
            {
                var next = table.Next(state, trigger);
                var declared = DefaultLifecycle.Instance.Transitions
                    .SingleOrDefault(t => t.From == table.StateNames[state] && (int)t.Trigger == trigger);
                Assert.Equal(declared is null ? -1 : table.StateNames.ToList().IndexOf(declared.To), next);
                entries += next >= 0 ? 1 : 0;
            }
        }
        Assert.Equal(DefaultLifecycle.Instance.Transitions.Count, entries);
    }

    [Fact]
    public void Compile_SelfTransition_PointsBackToItsOwnState()
    {
        var table = MachineCompiler.Compile("c", MachineAgreementTests.CustomLifecycle);

        Assert.Equal(1, table.Next(1, (int)Trigger.Retaliation));
    }

    [Fact]
    public void CompileTruce_Always_IsFourStatesByFiveTriggersStartingHolding()
    {
        var table = MachineCompiler.CompileTruce();

        Assert.Equal("truce", table.Name);
        Assert.Equal(4, table.StateCount);
        Assert.Equal(5, table.TriggerCount);
        Assert.Equal((int)TruceState.Holding, table.InitialState);
        Assert.Equal(["holding", "strained", "escalating", "collapsed"], table.StateNames);
        Assert.Equal(-1, table.Next((int)TruceState.Holding, (int)TruceTrigger.Ease));
    }

    [Fact]
    public void Compile_TransitionToUndeclaredState_ThrowsNamingTheState()
    {
        var lifecycle = DefaultLifecycle.Instance with
        {
            Name = "typo",
            Transitions = [new LifecycleTransition { From = "in_force", Trigger = Trigger.ClaimFiled, To = "alleged_" }],
        };

        var error = Assert.Throws<ArgumentException>(() => MachineCompiler.Compile("c", lifecycle));

        Assert.Contains("'typo'", error.Message);
        Assert.Contains("'alleged_'", error.Message);
    }

    [Fact]
    public void Compile_UndeclaredInitialState_Throws()
    {
        var lifecycle = DefaultLifecycle.Instance with { Initial = "peace" };

        var error = Assert.Throws<ArgumentException>(() => MachineCompiler.Compile("c", lifecycle));

        Assert.Contains("'peace'", error.Message);
    }

    [Fact]
    public void Compile_TwoTransitionsForOneStateAndTrigger_ThrowsNamingBoth()
    {
        var lifecycle = DefaultLifecycle.Instance with
        {
            Transitions =
            [
                .. DefaultLifecycle.Instance.Transitions,
                new LifecycleTransition { From = "in_force", Trigger = Trigger.ClaimFiled, To = "confirmed" },
            ],
        };

        var error = Assert.Throws<ArgumentException>(() => MachineCompiler.Compile("c", lifecycle));

        Assert.Contains("'in_force' on 'claim_filed'", error.Message);
    }

    [Fact]
    public void Constructor_TableOfWrongSize_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CompiledMachine("x", ["a", "b"], 0, 3, new int[5]));
    }
}
