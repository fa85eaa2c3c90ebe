namespace Simulator.Loading;

/// <summary>A YAML sequence (list).</summary>
internal sealed class SequenceNode : DocNode
{
    public SequenceNode(NodeOrigin origin, List<DocNode> items)
        : base(origin)
    {
        Items = items;
    }

    /// <summary>Items in file order.</summary>
    public List<DocNode> Items { get; }

    /// <summary>A shallow copy (same items), for copy-on-write by overrides.</summary>
    public SequenceNode Copy() => new(Origin, [.. Items]) { ExpandedSize = ExpandedSize };

    /// <inheritdoc />
    public override string Describe() => "a list";
}
