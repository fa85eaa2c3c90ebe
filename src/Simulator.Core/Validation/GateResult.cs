using Simulator.Diagnostics;
using Simulator.Loading;
using Simulator.Model;

namespace Simulator.Validation;

/// <summary>What the validation gate decided about a scenario and the regimes asked for.</summary>
public sealed record GateResult
{
    /// <summary>The scenario when it passed; null when any error was found.</summary>
    public Scenario? Scenario { get; init; }

    /// <summary>The load it judged (uncertain parameters, sweep section, source text positions).</summary>
    public required ScenarioLoadResult Load { get; init; }

    /// <summary>Indices into the scenario's regimes to run, in output order (empty when it failed).</summary>
    public IReadOnlyList<int> RegimeIndices { get; init; } = [];

    /// <summary>Every error: the loader's, the rules', the regime selection's; in file and line order.</summary>
    public IReadOnlyList<Problem> Errors { get; init; } = [];

    /// <summary>Warnings: the scenario still runs.</summary>
    public IReadOnlyList<Problem> Warnings { get; init; } = [];

    /// <summary>True when the scenario may run.</summary>
    public bool Passed => Scenario is not null && Errors.Count == 0;
}
