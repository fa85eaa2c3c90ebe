namespace Simulator.Machines;

/// <summary>Text formats <see cref="DiagramExporter"/> can draw a machine in.</summary>
public enum DiagramFormat
{
    /// <summary>Graphviz DOT (Stateless' <c>UmlDotGraph</c>); render with <c>dot -Tsvg</c>.</summary>
    Dot = 0,

    /// <summary>Mermaid <c>stateDiagram-v2</c> (Stateless' <c>MermaidGraph</c>); renders in Markdown viewers.</summary>
    Mermaid = 1,
}
