using Simulator.Diagnostics;
using Simulator.Loading;
using Simulator.Validation.Rules;

namespace Simulator.Validation;

/// <summary>
/// The one validation gate: every command (validate, run, resume, every point of a sweep, sample or
/// sensitivity study, the service) passes a loaded scenario through it before anything runs. It
/// composes the loader's checks (syntax, keys, types, ranges, references) with the rules that judge
/// combinations of values (finite rates, bounded work per trial, endless strikes, the escalation cap)
/// and the selection of regimes, so every front end accepts and refuses exactly the same input.
/// </summary>
public static class ScenarioGate
{
    private static readonly IScenarioRule[] Rules =
    [
        new FiniteRatesRule(),
        new WorkBoundRule(),
        new EndlessStrikesRule(),
        new EscalationCapRule(),
        new RegimeWarningsRule(),
        new CollapsePossibleRule(),
        new ScheduleRule(),
        new InitialStateRule(),
    ];

    /// <summary>Judges <paramref name="load"/> and, when it passes, resolves <paramref name="regimeIds"/> (empty: every regime).</summary>
    public static GateResult Check(ScenarioLoadResult load, IReadOnlyList<string>? regimeIds = null)
    {
        ArgumentNullException.ThrowIfNull(load);
        var errors = new List<Problem>(load.Errors);
        var warnings = new List<Problem>(load.Warnings);
        var indices = Array.Empty<int>();
        if (load.Scenario is { } scenario && load.Source is { } source)
        {
            foreach (var problem in Rules.SelectMany(rule => rule.Check(scenario, source)))
            {
                (problem.IsWarning ? warnings : errors).Add(problem);
            }
            // Warnings judge the whole scenario; beside errors some of its values are mere fallbacks.
            if (errors.Count > 0) warnings.Clear();
            indices = RegimeSelection.Resolve(scenario, regimeIds ?? [], errors);
        }
        var passed = errors.Count == 0 && load.Scenario is not null;
        return new GateResult
        {
            Load = load,
            Scenario = passed ? load.Scenario : null,
            RegimeIndices = passed ? indices : [],
            Errors = ProblemOrder.Sort(WithSourceLines(errors, load.SourceText)),
            Warnings = ProblemOrder.Sort(WithSourceLines(warnings, load.SourceText)),
        };
    }

    // Each positioned problem carries the line it points at, so a front end can quote it under the message.
    private static IEnumerable<Problem> WithSourceLines(IEnumerable<Problem> problems, string? text)
    {
        if (text is null) return problems;
        var lines = text.Split('\n');
        return problems.Select(p => p.Line > 0 && p.Line <= lines.Length && p.SourceLine is null
            ? p with { SourceLine = lines[p.Line - 1].TrimEnd('\r') }
            : p);
    }
}
