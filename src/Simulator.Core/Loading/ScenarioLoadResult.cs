using Simulator.Diagnostics;
using Simulator.Model;

namespace Simulator.Loading;

/// <summary>
/// The outcome of loading a scenario: the validated scenario when there was no error, and every
/// error and warning found (all of them, not only the first).
/// </summary>
public sealed record ScenarioLoadResult
{
    /// <summary>The validated scenario; null when any error was found.</summary>
    public Scenario? Scenario { get; init; }

    /// <summary>Every error, in the order found; each renders as <c>file:line:column: path: message</c>.</summary>
    public IReadOnlyList<Problem> Errors { get; init; } = [];

    /// <summary>Warnings (<see cref="Problem.IsWarning"/>): suspicious settings that still load.</summary>
    public IReadOnlyList<Problem> Warnings { get; init; } = [];

    /// <summary>The parameters of the file's <c>sweep</c> section (docs/sweeps.md); empty when it has none.</summary>
    public IReadOnlyList<SweepAxis> Sweep { get; init; } = [];

    /// <summary>
    /// Values the file gives as distributions (docs/sweeps.md), in file order. The scenario holds
    /// each one's point value (its median); `sample` and `sensitivity` draw them.
    /// </summary>
    public IReadOnlyList<UncertainParameter> Uncertain { get; init; } = [];

    /// <summary>The text that was loaded (null when the file could not be read).</summary>
    public string? SourceText { get; init; }

    /// <summary>Positions key paths in the text the user wrote, for problems found after loading; null when the text did not parse.</summary>
    public SourceLocator? Source { get; init; }

    /// <summary>True when the scenario loaded without errors (warnings allowed).</summary>
    public bool Succeeded => Scenario is not null && Errors.Count == 0;
}
