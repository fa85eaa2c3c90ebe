namespace Simulator.Architecture.Tests;

/// <summary>docs/architecture.md shows the layers as the assemblies have them, and lists every layer.</summary>
public class ArchitectureDocTests
{
    private const string Begin = "<!-- layer diagram: generated from the assemblies by ArchitectureDocTests; UPDATE_DOCS=1 rewrites it -->";
    private const string End = "<!-- end of layer diagram -->";

    private static string DocPath => Path.Combine(Root(), "docs", "architecture.md");

    [Fact]
    public void Diagram_MatchesTheAssemblies()
    {
        var doc = File.ReadAllText(DocPath);
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/architecture.md lacks the diagram markers '{Begin}' … '{End}'");
        var expected = LayerDiagram.Mermaid(NamespaceGraph.Read(AppContext.BaseDirectory));
        var actual = doc[(start + Begin.Length)..end].Trim();
        if (actual != expected && Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(DocPath, doc[..(start + Begin.Length)] + "\n" + expected + "\n" + doc[end..]);
            return;
        }
        Assert.True(actual == expected, "docs/architecture.md's diagram is out of date; run the tests with UPDATE_DOCS=1. Expected:\n" + expected);
    }

    [Fact]
    public void Doc_NamesEveryLayer()
    {
        var doc = File.ReadAllText(DocPath);
        var missing = Layers.Order.Where(l => !doc.Contains($"| {l} |", StringComparison.Ordinal)).ToArray();
        Assert.True(missing.Length == 0, "layers without a row in docs/architecture.md's table: " + string.Join(", ", missing));
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulator.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Simulator.sln not found");
    }
}
