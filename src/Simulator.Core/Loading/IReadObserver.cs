namespace Simulator.Loading;

/// <summary>
/// Watches the mapper read a document: which kind of value it expects at each node, which keys it
/// requires, the fallback it uses for an absent key, the longest list it accepts. The editor schema
/// (<see cref="EditorSchema.ScenarioJsonSchema"/>) learns the format from the mapper this way, so the
/// mapper stays the one source of truth for types, ranges and defaults.
/// </summary>
internal interface IReadObserver
{
    /// <summary>The mapper reads <paramref name="node"/> as <paramref name="read"/>.</summary>
    void Value(DocNode node, ValueRead read);

    /// <summary>The key holding <paramref name="node"/> is required.</summary>
    void Required(DocNode node);

    /// <summary>When the key holding <paramref name="node"/> is absent, the mapper uses <paramref name="fallback"/> (a double or a bool).</summary>
    void Default(DocNode node, object fallback);

    /// <summary>The list <paramref name="node"/> may have at most <paramref name="max"/> items.</summary>
    void MaxItems(DocNode node, int max);
}
