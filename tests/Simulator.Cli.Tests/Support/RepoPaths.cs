namespace Simulator.Cli.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder (walks up to Simulator.sln).</summary>
public static class RepoPaths
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path below the root.</summary>
    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The seed scenario's file.</summary>
    public static string SeedScenario => Of("scenarios", "pakistan-afghanistan-2025.yaml");

    /// <summary>The constant-hazard reference scenario's file.</summary>
    public static string ConstantHazard => Of("scenarios", "reference", "constant-hazard.yaml");

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
