using BenchmarkDotNet.Attributes;
using Simulator.Engine;
using Simulator.Machines;
using Simulator.Model;

namespace Simulator.Benchmarks;

/// <summary>
/// The same trigger sequences fired on the Stateless definition of the default lifecycle (a fresh
/// machine per trial, <c>Fire</c> per event: the naive engine) and stepped through its
/// <see cref="CompiledMachine"/> (what the engine does). Time and bytes are per trigger.
/// </summary>
[MemoryDiagnoser]
public class MachineBenchmarks
{
    /// <summary>Trials per invocation.</summary>
    public const int Trials = 64;

    /// <summary>Triggers per trial (about what one commitment sees in a year of the seed scenario's busiest regime).</summary>
    public const int TriggersPerTrial = 32;

    private const int TriggersPerInvoke = Trials * TriggersPerTrial;

    private readonly Lifecycle _lifecycle = DefaultLifecycle.Instance;
    private CompiledMachine _compiled = null!;
    private Trigger[] _sequence = [];

    /// <summary>Draws the sequences and checks that both forms end every trial in the same state.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _compiled = MachineCompiler.Compile("ceasefire", _lifecycle);
        _sequence = DrawSequence(_compiled);
        for (var t = 0; t < Trials; t++)
        {
            var machine = LifecycleMachineFactory.Create(_lifecycle);
            var state = _compiled.InitialState;
            foreach (var trigger in _sequence.AsSpan(t * TriggersPerTrial, TriggersPerTrial))
            {
                machine.Fire(trigger);
                state = Step(state, trigger);
                if (_compiled.StateNames[state] != machine.State)
                {
                    throw new InvalidOperationException(
                        $"Stateless is in '{machine.State}' but the table in '{_compiled.StateNames[state]}' after {trigger}.");
                }
            }
        }
    }

    /// <summary>The naive engine: a Stateless machine per trial, one <c>Fire</c> per trigger.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = TriggersPerInvoke)]
    public int StatelessFire()
    {
        var hash = 0;
        for (var t = 0; t < Trials; t++)
        {
            var machine = LifecycleMachineFactory.Create(_lifecycle);
            foreach (var trigger in _sequence.AsSpan(t * TriggersPerTrial, TriggersPerTrial)) machine.Fire(trigger);
            hash += machine.State.Length;
        }
        return hash;
    }

    /// <summary>The engine's way: one table read per trigger.</summary>
    [Benchmark(OperationsPerInvoke = TriggersPerInvoke)]
    public int CompiledStep()
    {
        var hash = 0;
        for (var t = 0; t < Trials; t++)
        {
            var state = _compiled.InitialState;
            foreach (var trigger in _sequence.AsSpan(t * TriggersPerTrial, TriggersPerTrial)) state = Step(state, trigger);
            hash += state;
        }
        return hash;
    }

    private int Step(int state, Trigger trigger)
    {
        var next = _compiled.Next(state, (int)trigger);
        return next < 0 ? state : next; // no transition: the commitment ignores the trigger
    }

    /// <summary>
    /// Half the triggers have a transition from the current state (the lifecycle moves), half are
    /// drawn from the whole vocabulary (mostly ignored, as most triggers a commitment hears are).
    /// </summary>
    private static Trigger[] DrawSequence(CompiledMachine machine)
    {
        var random = RandomStream.Create(20251107, 0, 0);
        var sequence = new Trigger[TriggersPerInvoke];
        var state = machine.InitialState;
        var moving = new List<Trigger>();
        for (var i = 0; i < sequence.Length; i++)
        {
            if (i % TriggersPerTrial == 0) state = machine.InitialState;
            moving.Clear();
            for (var t = 0; t < machine.TriggerCount; t++)
            {
                if (machine.Next(state, t) >= 0) moving.Add((Trigger)t);
            }
            var trigger = random.Uniform() < 0.5 && moving.Count > 0
                ? moving[(int)(random.Uniform() * moving.Count)]
                : (Trigger)(int)(random.Uniform() * machine.TriggerCount);
            sequence[i] = trigger;
            var next = machine.Next(state, (int)trigger);
            if (next >= 0) state = next;
        }
        return sequence;
    }
}
