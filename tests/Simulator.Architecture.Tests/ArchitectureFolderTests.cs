using System.Text.RegularExpressions;

namespace Simulator.Architecture.Tests;

/// <summary>
/// docs/architecture.md names the folders that exist, and only those: every folder of the projects in
/// src is mentioned (as `Layer/Folder`, `Core/Layer` or, in its layer's row, `Folder/`), and every path
/// the page names (a folder or a file, `*` for any part of a name) exists in the repository.
/// </summary>
public partial class ArchitectureFolderTests
{
    private static readonly string[] Projects = ["Simulator.Core", "Simulator.Cli", "Simulator.Service", "Simulator.Reports"];

    [Fact]
    public void Doc_MentionsEveryFolderOfTheProjects()
    {
        var names = NamedPaths().Select(n => n.TrimEnd('/')).Select(n => n.StartsWith("Core/", StringComparison.Ordinal) ? n[5..] : n).ToHashSet(StringComparer.Ordinal);
        var missing = (from project in Projects
                       let root = Path.Combine(Root(), "src", project)
                       from folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
                       let relative = Path.GetRelativePath(root, folder).Replace('\\', '/')
                       where !relative.Split('/').Any(p => p is "bin" or "obj")
                       where !names.Any(n => n == relative || relative.EndsWith("/" + n, StringComparison.Ordinal))
                       select $"src/{project}/{relative}").Order(StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0, "folders docs/architecture.md does not mention: " + string.Join(", ", missing));
    }

    [Fact]
    public void Doc_NamesOnlyPathsThatExist()
    {
        var root = Root();
        var paths = Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(s => s is "bin" or "obj" or ".git"))
            .ToArray();
        var absent = NamedPaths().Where(name => !Exists(name, paths)).ToArray();
        Assert.True(absent.Length == 0, "paths docs/architecture.md names that do not exist: " + string.Join(", ", absent));
    }

    [Fact]
    public void Doc_SaysWhereEachKindOfChangeGoes()
    {
        var doc = File.ReadAllText(Path.Combine(Root(), "docs", "architecture.md"));
        var section = doc.IndexOf("## Where a change goes", StringComparison.Ordinal);
        Assert.True(section >= 0, "docs/architecture.md lacks its section '## Where a change goes'");
        var missing = new[] { "A new scenario key", "A new statistic", "A new output file", "A new command" }
            .Where(kind => !doc[section..].Contains($"- **{kind}**", StringComparison.Ordinal)).ToArray();
        Assert.True(missing.Length == 0, "kinds of change the section does not place: " + string.Join(", ", missing));
    }

    [Fact]
    public void Exists_MatchesByWholeSegments()
    {
        string[] paths = ["src/Simulator.Core/Validation/Rules", "src/Simulator.Core/Loading/ScenarioMapper.Parties.cs"];

        Assert.True(Exists("Core/Validation", ["src/Simulator.Core/Validation"]));
        Assert.True(Exists("Rules/", paths));
        Assert.True(Exists("Loading/ScenarioMapper.*.cs", paths));
        Assert.False(Exists("Validation/Rule", paths));
        Assert.False(Exists("Loading/Mapper.*.cs", paths));
    }

    // A path the page names exists when a path of the repository ends with it (at a '/' or '.', so
    // Core/Loading matches src/Simulator.Core/Loading), a file's .cs left out or not.
    private static bool Exists(string name, IEnumerable<string> paths)
    {
        var pattern = "(^|[/.])" + Regex.Escape(name.TrimEnd('/')).Replace("\\*", "[^/]*", StringComparison.Ordinal) + "(\\.cs)?$";
        return paths.Any(p => Regex.IsMatch(p, pattern));
    }

    // Backquoted paths of the page: text with a '/' and no space or placeholder (<Name>).
    private static IEnumerable<string> NamedPaths() =>
        Backquoted().Matches(File.ReadAllText(Path.Combine(Root(), "docs", "architecture.md")))
            .Select(m => m.Groups[1].Value)
            .Where(t => t.Contains('/', StringComparison.Ordinal) && t != "/" && !t.Contains('<', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);

    [GeneratedRegex("`([^`\\s]+)`")]
    private static partial Regex Backquoted();

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulator.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Simulator.sln not found");
    }
}
