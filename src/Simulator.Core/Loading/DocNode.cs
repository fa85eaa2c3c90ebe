namespace Simulator.Loading;

/// <summary>
/// A node of the parsed scenario document. Our own small tree rather than YamlDotNet's
/// <c>YamlStream</c>: that loader recurses per nesting level and stops at the first duplicate
/// key, while this one is built iteratively from parser events, so depth, alias expansion and
/// duplicate keys are checked as it grows and all of them are reported.
/// An alias is the very node its anchor names (shared, never copied), so a document's memory
/// is bounded by its text even when its expansion would be huge.
/// </summary>
internal abstract class DocNode
{
    protected DocNode(NodeOrigin origin)
    {
        Origin = origin;
    }

    /// <summary>Position in the file, or the override that created it.</summary>
    public NodeOrigin Origin { get; }

    /// <summary>Nodes this one would count with every alias below it expanded (itself included).</summary>
    public long ExpandedSize { get; set; } = 1;

    /// <summary>How the node reads in a "found …" message.</summary>
    public abstract string Describe();
}
