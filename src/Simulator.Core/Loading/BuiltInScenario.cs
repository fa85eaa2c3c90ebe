using System.Reflection;

namespace Simulator.Loading;

/// <summary>The seed scenario (scenarios/pakistan-afghanistan-2025.yaml) embedded in the program: what `run` uses without a file.</summary>
public static class BuiltInScenario
{
    /// <summary>Name shown in errors and outputs in place of a file name.</summary>
    public const string DisplayName = "<built-in pakistan-afghanistan-2025.yaml>";

    /// <summary>The YAML text.</summary>
    public static string Text { get; } = Read();

    private static string Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("default-scenario.yaml")
            ?? throw new InvalidOperationException("The built-in scenario is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
