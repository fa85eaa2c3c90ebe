namespace Simulator.Loading;

/// <summary>A list of mappings; items are addressed by index or by their <c>id</c>.</summary>
internal sealed record ListSchema(MapSchema Item) : SchemaNode
{
    public override string Kind => "a list";
}
