namespace Simulator.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder (walks up to Simulator.sln).</summary>
public static class RepoPaths
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The scenarios folder.</summary>
    public static string Scenarios => Path.Combine(Root, "scenarios");

    /// <summary>A path below the root.</summary>
    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulator.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Simulator.sln not found above " + AppContext.BaseDirectory);
    }
}
