using Simulator.Application.Observing;
using Simulator.Loading;
using Simulator.Validation;

namespace Simulator.Application.Scenarios;

/// <summary>
/// Loads a scenario from its input with overrides and passes it through the validation gate: the
/// first step of every command. <see cref="Judge"/> answers validate; <see cref="Require"/> refuses
/// what does not pass, so run, resume and the studies reject exactly what validate rejects.
/// </summary>
public static class ScenarioChecks
{
    /// <summary>The gate's verdict on <paramref name="input"/> with <paramref name="overrides"/>, and the text it judged (null when unreadable).</summary>
    public static (GateResult Gate, string? Text) Judge(ScenarioInput input, IReadOnlyList<string> overrides, IReadOnlyList<string>? regimes = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(overrides);
        var load = Load(input, overrides);
        return (ScenarioGate.Check(load, regimes), load.SourceText);
    }

    /// <summary>The checked scenario; throws <see cref="InputRejectedException"/> with every problem when it does not pass.</summary>
    public static CheckedScenario Require(ScenarioInput input, IReadOnlyList<string> overrides, IReadOnlyList<string>? regimes, IRunObserver? observer = null)
    {
        var (gate, _) = Judge(input, overrides, regimes);
        if (!gate.Passed) throw new InputRejectedException(gate.Errors, gate.Warnings, $"{gate.Errors.Count} problem(s) in the scenario; nothing was run.");
        observer?.Warnings(gate.Warnings);
        return Accepted(input, gate, overrides);
    }

    /// <summary>The checked scenario of a gate verdict that passed.</summary>
    public static CheckedScenario Accepted(ScenarioInput input, GateResult gate, IReadOnlyList<string> overrides)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(gate);
        if (!gate.Passed) throw new ArgumentException("The scenario did not pass the gate.", nameof(gate));
        var name = input is ScenarioInput.FileInput file ? Path.GetFileName(file.Path) : input.DisplayName;
        return new CheckedScenario(gate, ScenarioHash.Compute(gate.Scenario!), name, gate.Load.SourceText!, overrides);
    }

    private static ScenarioLoadResult Load(ScenarioInput input, IReadOnlyList<string> overrides) => input switch
    {
        ScenarioInput.TextInput t => ScenarioLoader.LoadText(t.Yaml, t.Name, overrides),
        ScenarioInput.FileInput f => ScenarioLoader.LoadFile(f.Path, overrides),
        _ => ScenarioLoader.LoadText(BuiltInScenario.Text, BuiltInScenario.DisplayName, overrides),
    };
}
