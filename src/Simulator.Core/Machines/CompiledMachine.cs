namespace Simulator.Machines;

/// <summary>
/// A state machine compiled to a dense table for the hot loop: states and triggers are small
/// integers and firing is one array read. Built from a Stateless definition so the two never drift.
/// </summary>
public sealed class CompiledMachine
{
    private readonly int[] _next;

    /// <summary>Creates a table; <paramref name="next"/> is indexed [state * triggerCount + trigger], −1 meaning ignored.</summary>
    public CompiledMachine(string name, IReadOnlyList<string> stateNames, int initialState, int triggerCount, int[] next)
    {
        if (next.Length != stateNames.Count * triggerCount)
        {
            throw new ArgumentException("Table size must be states × triggers.", nameof(next));
        }
        Name = name;
        StateNames = stateNames;
        InitialState = initialState;
        TriggerCount = triggerCount;
        _next = next;
    }

    /// <summary>Name of the machine (commitment id or "truce").</summary>
    public string Name { get; }

    /// <summary>State names by index.</summary>
    public IReadOnlyList<string> StateNames { get; }

    /// <summary>Index of the initial state.</summary>
    public int InitialState { get; }

    /// <summary>Number of triggers the table is indexed by.</summary>
    public int TriggerCount { get; }

    /// <summary>Number of states.</summary>
    public int StateCount => StateNames.Count;

    /// <summary>Destination of <paramref name="trigger"/> from <paramref name="state"/>, or −1 when the trigger is ignored there.</summary>
    public int Next(int state, int trigger) => _next[state * TriggerCount + trigger];
}
