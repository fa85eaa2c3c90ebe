namespace Simulator.Loading;

/// <summary>A mapping from names the scenario chooses (lifecycles) to mappings of one shape.</summary>
internal sealed record NamedMapSchema(MapSchema Value) : SchemaNode
{
    public override string Kind => "a mapping of names";
}
