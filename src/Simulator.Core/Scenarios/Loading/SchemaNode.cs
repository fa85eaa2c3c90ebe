namespace Simulator.Scenarios.Loading;

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

/// <summary>A single value (number, string, boolean).</summary>
internal sealed record ScalarSchema : SchemaNode
{
    public static readonly ScalarSchema Instance = new();

    public override string Kind => "a single value";
}

/// <summary>A list of single values (report days, member ids, incident kinds); items are addressed by index.</summary>
internal sealed record ScalarListSchema : SchemaNode
{
    public static readonly ScalarListSchema Instance = new();

    public override string Kind => "a list";
}

/// <summary>A mapping with a fixed set of keys, in documentation order.</summary>
internal sealed record MapSchema(IReadOnlyList<KeyValuePair<string, SchemaNode>> Keys) : SchemaNode
{
    public override string Kind => "a mapping";

    public IEnumerable<string> KeyNames => Keys.Select(k => k.Key);

    public SchemaNode? Find(string key)
    {
        foreach (var pair in Keys)
        {
            if (pair.Key == key) return pair.Value;
        }
        return null;
    }
}

/// <summary>A list of mappings; items are addressed by index or by their <c>id</c>.</summary>
internal sealed record ListSchema(MapSchema Item) : SchemaNode
{
    public override string Kind => "a list";
}

/// <summary>A mapping from names the scenario chooses (lifecycles) to mappings of one shape.</summary>
internal sealed record NamedMapSchema(MapSchema Value) : SchemaNode
{
    public override string Kind => "a mapping of names";
}
