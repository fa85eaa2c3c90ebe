using Simulator.Model;
using Simulator.Validation;

namespace Simulator.Application.Scenarios;

/// <summary>A scenario that passed the gate, with what reproduces it: its source text and the overrides applied.</summary>
/// <param name="Gate">The gate's verdict (scenario, regimes, warnings, uncertain parameters, sweep section).</param>
/// <param name="Hash">SHA-256 of the resolved scenario.</param>
/// <param name="SourceName">What outputs call the source: the file name without folders, or the built-in scenario's name.</param>
/// <param name="SourceText">The YAML text as read.</param>
/// <param name="Overrides">The --set overrides (with --trials, --seed, --horizon folded in).</param>
public sealed record CheckedScenario(GateResult Gate, string Hash, string SourceName, string SourceText, IReadOnlyList<string> Overrides)
{
    /// <summary>The validated scenario.</summary>
    public Scenario Scenario => Gate.Scenario!;

    /// <summary>The regimes to run, by index, in output order.</summary>
    public IReadOnlyList<int> RegimeIndices => Gate.RegimeIndices;

    /// <summary>Their ids.</summary>
    public IReadOnlyList<string> RegimeIds => Gate.RegimeIndices.Select(i => Scenario.Regimes[i].Id).ToArray();
}
