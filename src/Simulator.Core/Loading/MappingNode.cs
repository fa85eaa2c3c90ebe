namespace Simulator.Loading;

/// <summary>A YAML mapping; keys are unique (the tree builder reports and drops duplicates).</summary>
internal sealed class MappingNode : DocNode
{
    public MappingNode(NodeOrigin origin, List<MappingEntry> entries)
        : base(origin)
    {
        Entries = entries;
    }

    /// <summary>Entries in file order.</summary>
    public List<MappingEntry> Entries { get; }

    /// <summary>The value under <paramref name="key"/>, or null.</summary>
    public DocNode? Get(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key) return entry.Value;
        }
        return null;
    }

    /// <summary>Sets or adds <paramref name="key"/>.</summary>
    public void Set(ScalarNode key, DocNode value)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            if (Entries[i].Key.Value == key.Value)
            {
                Entries[i] = Entries[i] with { Value = value };
                return;
            }
        }
        Entries.Add(new MappingEntry(key, value));
    }

    /// <summary>A shallow copy (same children), for copy-on-write by overrides.</summary>
    public MappingNode Copy() => new(Origin, [.. Entries]) { ExpandedSize = ExpandedSize };

    /// <inheritdoc />
    public override string Describe() => "a mapping";
}
