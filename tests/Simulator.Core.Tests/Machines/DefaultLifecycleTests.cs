using Simulator.Machines;
using Simulator.Model;

namespace Simulator.Tests.Machines;

/// <summary>The default lifecycle's transitions, as documented in docs/state-machines.md, in Stateless and in the compiled table.</summary>
public sealed class DefaultLifecycleTests
{
    private static readonly CompiledMachine Compiled = MachineCompiler.Compile("default", DefaultLifecycle.Instance);

    /// <summary>Every documented transition, one case each: (from, trigger, to).</summary>
    public static TheoryData<string, Trigger, string> DocumentedTransitions => new()
    {
        { "in_force", Trigger.ClaimFiled, "alleged" },
        { "alleged", Trigger.VerdictRefuted, "in_force" },
        { "alleged", Trigger.VerdictInconclusive, "in_force" },
        { "alleged", Trigger.VerdictConfirmed, "confirmed" },
        { "confirmed", Trigger.RemedyTaken, "remedied" },
        { "confirmed", Trigger.RemedyRefused, "repudiated" },
        { "remedied", Trigger.RemedyLapsed, "in_force" },
        { "remedied", Trigger.ClaimFiled, "alleged" },
        { "repudiated", Trigger.RemedyTaken, "remedied" },
    };

    /// <summary>Every (state, trigger) pair with no documented transition.</summary>
    public static TheoryData<string, Trigger> IgnoredPairs()
    {
        var data = new TheoryData<string, Trigger>();
        foreach (var state in DefaultLifecycle.Instance.States)
        {
            foreach (var trigger in Enum.GetValues<Trigger>())
            {
                if (!DefaultLifecycle.Instance.Transitions.Any(t => t.From == state.Id && t.Trigger == trigger))
                {
                    data.Add(state.Id, trigger);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedTransitions))]
    public void Fire_DocumentedTransition_StatelessMovesToDestination(string from, Trigger trigger, string to)
    {
        var machine = LifecycleMachineFactory.Create(DefaultLifecycle.Instance with { Initial = from });

        machine.Fire(trigger);

        Assert.Equal(to, machine.State);
    }

    [Theory]
    [MemberData(nameof(DocumentedTransitions))]
    public void Next_DocumentedTransition_CompiledTableMovesToDestination(string from, Trigger trigger, string to)
    {
        var next = Compiled.Next(IndexOf(from), (int)trigger);

        Assert.Equal(to, Compiled.StateNames[next]);
    }

    [Fact]
    public void Transitions_DefaultLifecycle_AreExactlyTheDocumentedOnes()
    {
        var documented = DocumentedTransitions.Select(row => ((string)row[0], (Trigger)row[1], (string)row[2])).ToHashSet();

        var declared = DefaultLifecycle.Instance.Transitions.Select(t => (t.From, t.Trigger, t.To)).ToHashSet();

        Assert.Equal(documented, declared);
    }

    [Theory]
    [MemberData(nameof(IgnoredPairs))]
    public void Fire_TriggerWithoutTransition_StatelessIgnoresIt(string state, Trigger trigger)
    {
        var machine = LifecycleMachineFactory.Create(DefaultLifecycle.Instance with { Initial = state });

        machine.Fire(trigger);

        Assert.Equal(state, machine.State);
    }

    [Theory]
    [MemberData(nameof(IgnoredPairs))]
    public void Next_TriggerWithoutTransition_CompiledTableReturnsMinusOne(string state, Trigger trigger)
    {
        Assert.Equal(-1, Compiled.Next(IndexOf(state), (int)trigger));
    }

    [Fact]
    public void Initial_DefaultLifecycle_IsInForceWithNoStateEffects()
    {
        Assert.Equal("in_force", DefaultLifecycle.Instance.Initial);
        Assert.Equal(DefaultLifecycle.Name, DefaultLifecycle.Instance.Name);
        Assert.All(DefaultLifecycle.Instance.States, s => Assert.False(s.Effects.Any, s.Id));
    }

    private static int IndexOf(string state) => Compiled.StateNames.ToList().IndexOf(state);
}
