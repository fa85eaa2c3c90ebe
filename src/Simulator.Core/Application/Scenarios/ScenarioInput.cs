using Simulator.Loading;

namespace Simulator.Application.Scenarios;

/// <summary>Where a scenario comes from: a file, a text (pasted into the web page, sent to the API), or the built-in seed scenario.</summary>
public abstract record ScenarioInput
{
    private ScenarioInput()
    {
    }

    /// <summary>The name problems and outputs use for it.</summary>
    public abstract string DisplayName { get; }

    /// <summary>The built-in seed scenario (scenarios/pakistan-afghanistan-2025.yaml).</summary>
    public static ScenarioInput BuiltIn { get; } = new BuiltInInput();

    /// <summary>A scenario file.</summary>
    public static ScenarioInput File(string path) => new FileInput(path);

    /// <summary>A scenario text named <paramref name="name"/> in problems and outputs.</summary>
    public static ScenarioInput Text(string yaml, string name) => new TextInput(yaml, name);

    /// <summary>A file, or the built-in scenario when <paramref name="path"/> is null.</summary>
    public static ScenarioInput FileOrBuiltIn(string? path) => path is null ? BuiltIn : File(path);

    /// <summary>The file named by the user.</summary>
    public sealed record FileInput(string Path) : ScenarioInput
    {
        /// <inheritdoc />
        public override string DisplayName => Path;
    }

    /// <summary>A text.</summary>
    public sealed record TextInput(string Yaml, string Name) : ScenarioInput
    {
        /// <inheritdoc />
        public override string DisplayName => Name;
    }

    /// <summary>The built-in scenario.</summary>
    public sealed record BuiltInInput : ScenarioInput
    {
        /// <inheritdoc />
        public override string DisplayName => BuiltInScenario.DisplayName;
    }
}
