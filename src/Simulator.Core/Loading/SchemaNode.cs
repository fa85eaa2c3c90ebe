namespace Simulator.Loading;

/// <summary>
/// The shape of the scenario format: which keys exist where. The mapper reads values against it
/// (unknown keys are errors with a suggestion) and <c>--set</c> walks it (a valid key missing
/// from the file may be created). A closed hierarchy, kept together for that reason.
/// </summary>
internal abstract record SchemaNode
{
    /// <summary>What the node is, for "only scalar values can be set; 'run' is a mapping".</summary>
    public abstract string Kind { get; }
}
