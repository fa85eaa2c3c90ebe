namespace Simulator.Loading;

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
