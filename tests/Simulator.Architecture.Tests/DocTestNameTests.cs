using System.Text.RegularExpressions;

namespace Simulator.Architecture.Tests;

/// <summary>
/// A promise in the docs names the test that holds it (docs/robustness.md does so for every one): each
/// test name a doc quotes (`Subject_Condition_Outcome`) is a test method in tests/, so a renamed or
/// deleted test cannot leave a promise without its test.
/// </summary>
public partial class DocTestNameTests
{
    [Fact]
    public void EveryTestNameTheDocsQuote_IsATestMethod()
    {
        var root = Root();
        var methods = Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(p => TestMethod().Matches(File.ReadAllText(p)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var docs = Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md")
            .Append(Path.Combine(root, "README.md"))
            .Append(Path.Combine(root, "benchmarks", "README.md"));
        var missing = (from doc in docs
                       from Match m in QuotedTestName().Matches(File.ReadAllText(doc))
                       where !methods.Contains(m.Groups[1].Value)
                       select $"{Path.GetRelativePath(root, doc)}: {m.Groups[1].Value}").Distinct().ToArray();
        Assert.True(methods.Count > 100, $"only {methods.Count} test methods found under tests/");
        Assert.True(missing.Length == 0, "tests the docs name that do not exist:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void RobustnessDoc_NamesTests()
    {
        var text = File.ReadAllText(Path.Combine(Root(), "docs", "robustness.md"));
        Assert.True(QuotedTestName().Matches(text).Count >= 50, "docs/robustness.md should name the test behind each promise");
    }

    // `Name_Condition_Outcome`: a capital, then a lower-case letter (SLURM_ARRAY_TASK_ID is no test).
    [GeneratedRegex("`([A-Z][a-z][A-Za-z0-9]*_[A-Za-z0-9_]+)`")]
    private static partial Regex QuotedTestName();

    [GeneratedRegex(@"\b(?:void|Task)\s+([A-Z][A-Za-z0-9_]*)\s*\(")]
    private static partial Regex TestMethod();

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulator.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Simulator.sln not found");
    }
}
