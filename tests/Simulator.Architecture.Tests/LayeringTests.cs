namespace Simulator.Architecture.Tests;

/// <summary>Dependencies point one way: down the layers, and never in a cycle between namespaces.</summary>
public class LayeringTests
{
    private static readonly NamespaceGraph Graph = NamespaceGraph.Read(AppContext.BaseDirectory);

    [Fact]
    public void Graph_ReadsEveryProjectAssembly()
    {
        var names = NamespaceGraph.ProjectAssemblies(AppContext.BaseDirectory).Select(Path.GetFileNameWithoutExtension).ToArray();
        Assert.Contains("Simulator.Core", names);
        Assert.Contains("Simulator.Reports", names);
        Assert.True(Graph.Edges.ContainsKey("Simulator.Application.Runs"), "the graph should see the application layer's dependencies");
    }

    [Fact]
    public void EveryNamespace_BelongsToALayer()
    {
        var outside = Graph.Edges.Keys.Concat(Graph.Edges.Values.SelectMany(v => v)).Distinct()
            .Where(ns => Layers.Rank(ns) < 0).Order(StringComparer.Ordinal).ToArray();
        Assert.True(outside.Length == 0, "namespaces in no layer (add them to Layers.Order and docs/architecture.md): " + string.Join(", ", outside));
    }

    [Fact]
    public void Dependencies_PointDownTheLayers()
    {
        var upward = (from edge in Graph.Edges
                      from to in edge.Value
                      where Layers.Rank(to) > Layers.Rank(edge.Key)
                      select $"{edge.Key} → {to} ({Graph.Example(edge.Key, to)})").Order(StringComparer.Ordinal).ToArray();
        Assert.True(upward.Length == 0, "upward dependencies:\n" + string.Join("\n", upward));
    }

    [Fact]
    public void Namespaces_FormNoCycle()
    {
        var cycles = StronglyConnected(Graph.Edges).Where(c => c.Count > 1).ToArray();
        Assert.True(cycles.Length == 0, "cycles:\n" + string.Join("\n", cycles.Select(c =>
            string.Join(" ⇄ ", c) + ": " + string.Join("; ", Pairs(c).Select(p => Graph.Example(p.From, p.To)).Where(e => e.Length > 0)))));
    }

    private static IEnumerable<(string From, string To)> Pairs(IReadOnlyList<string> members) =>
        from a in members from b in members where a != b && Graph.Edges.TryGetValue(a, out var t) && t.Contains(b) select (a, b);

    // Tarjan's algorithm over the namespace graph.
    private static List<List<string>> StronglyConnected(IReadOnlyDictionary<string, HashSet<string>> edges)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var result = new List<List<string>>();
        var next = 0;
        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in edges.TryGetValue(v, out var targets) ? targets : [])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }
            if (low[v] != index[v]) return;
            var component = new List<string>();
            string x;
            do
            {
                x = stack.Pop();
                onStack.Remove(x);
                component.Add(x);
            }
            while (x != v);
            result.Add(component);
        }
        foreach (var v in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(v)) Visit(v);
        }
        return result;
    }
}
