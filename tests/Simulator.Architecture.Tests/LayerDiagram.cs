using System.Text;

namespace Simulator.Architecture.Tests;

/// <summary>
/// The Mermaid diagram of docs/architecture.md, computed from the compiled assemblies: one node per
/// layer, an arrow A --> B where A uses B, leaving out arrows a longer path already implies
/// (transitive reduction), so the picture stays readable and true.
/// </summary>
internal static class LayerDiagram
{
    public static string Mermaid(NamespaceGraph graph)
    {
        var uses = Layers.Order.ToDictionary(l => l, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (var (from, targets) in graph.Edges)
        {
            foreach (var to in targets)
            {
                var a = Layers.Of(from);
                var b = Layers.Of(to);
                if (a != b && uses.ContainsKey(a) && uses.ContainsKey(b)) uses[a].Add(b);
            }
        }
        var text = new StringBuilder("```mermaid\nflowchart TD\n");
        foreach (var layer in Layers.Order.Reverse())
        {
            foreach (var target in Layers.Order.Reverse().Where(t => uses[layer].Contains(t) && !Implied(uses, layer, t)))
            {
                text.Append("  ").Append(layer).Append(" --> ").Append(target).Append('\n');
            }
        }
        return text.Append("```").ToString();
    }

    // True when a path of two or more arrows leads from `from` to `to`.
    private static bool Implied(Dictionary<string, HashSet<string>> uses, string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(uses[from].Where(n => n != to));
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!seen.Add(node)) continue;
            if (uses[node].Contains(to)) return true;
            foreach (var next in uses[node]) pending.Push(next);
        }
        return false;
    }
}
