using Simulator.Diagnostics;
using Simulator.Scenarios;
using Simulator.Scenarios.Loading;

namespace Simulator.Sweeps;

/// <summary>
/// A design to run: the scenario's source text, the user's overrides, and the points (each a list of
/// further overrides). <see cref="Prepare"/> loads and validates every point before any trial runs.
/// </summary>
public sealed record PointPlan
{
    /// <summary>The scenario's YAML text.</summary>
    public required string ScenarioText { get; init; }

    /// <summary>The file as the user named it, for error messages and outputs.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The user's <c>--set</c> overrides (with --trials, --seed, --horizon folded in), applied before each point's own.</summary>
    public IReadOnlyList<string> BaseOverrides { get; init; } = [];

    /// <summary>Names of the varied parameters, in the order of each point's settings (the CSV's parameter columns).</summary>
    public required IReadOnlyList<string> ParameterNames { get; init; }

    /// <summary>The points, in run order.</summary>
    public required IReadOnlyList<DesignPoint> Points { get; init; }

    /// <summary>Regime ids to run, in output order; empty means every regime.</summary>
    public IReadOnlyList<string> Regimes { get; init; } = [];

    /// <summary>
    /// Loads every point (the source with the base overrides, then the point's). Every point's
    /// problems are collected; points whose problems are identical to an earlier point's are only counted.
    /// </summary>
    public PreparedPlan Prepare()
    {
        var prepared = new List<PreparedPoint>(Points.Count);
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = 0;
        foreach (var point in Points)
        {
            var overrides = BaseOverrides.Concat(point.Overrides).ToArray();
            var result = ScenarioLoader.LoadText(ScenarioText, DisplayName, overrides);
            var errors = result.Errors.Select(e => e.ToString()).ToList();
            if (result.Succeeded)
            {
                var indices = ResolveRegimes(result.Scenario!, errors);
                if (errors.Count == 0)
                {
                    prepared.Add(new PreparedPoint(point, result.Scenario!, ScenarioHash.Compute(result.Scenario!), overrides, indices));
                    continue;
                }
            }
            var key = string.Join("\n", errors);
            if (!seen.Add(key))
            {
                repeated++;
                continue;
            }
            var where = string.Join(", ", point.Settings.Select(s => s.Override));
            problems.Add($"point {point.Number} ({where}):");
            problems.AddRange(errors.Select(e => "  " + e));
        }
        if (repeated > 0) problems.Add($"{repeated} more point(s) have the same problems.");
        return new PreparedPlan(this, prepared, problems);
    }

    private int[] ResolveRegimes(Scenario scenario, List<string> errors)
    {
        if (Regimes.Count == 0) return Enumerable.Range(0, scenario.Regimes.Count).ToArray();
        var indices = new List<int>();
        foreach (var id in Regimes)
        {
            var index = scenario.Regimes.Select(r => r.Id).ToList().IndexOf(id);
            if (index < 0)
            {
                errors.Add($"--regime '{id}' is not a regime of {scenario.Name}" + NameSuggester.Hint(id, scenario.Regimes.Select(r => r.Id).ToList()));
            }
            else if (!indices.Contains(index))
            {
                indices.Add(index);
            }
        }
        return [.. indices];
    }
}

/// <summary>One validated point, ready to run.</summary>
/// <param name="Point">The design point.</param>
/// <param name="Scenario">The scenario with the base and point overrides applied.</param>
/// <param name="Hash">Its scenario hash.</param>
/// <param name="Overrides">Every override applied (base, then the point's).</param>
/// <param name="RegimeIndices">Regimes to run.</param>
public sealed record PreparedPoint(DesignPoint Point, Scenario Scenario, string Hash, IReadOnlyList<string> Overrides, IReadOnlyList<int> RegimeIndices);

/// <summary>The outcome of <see cref="PointPlan.Prepare"/>: every point loaded, or the problems found.</summary>
/// <param name="Plan">The plan prepared.</param>
/// <param name="Points">Points that loaded (all of them when <see cref="Problems"/> is empty).</param>
/// <param name="Problems">Problems, one line each, grouped by point; empty when every point is valid.</param>
public sealed record PreparedPlan(PointPlan Plan, IReadOnlyList<PreparedPoint> Points, IReadOnlyList<string> Problems)
{
    /// <summary>True when every point loaded.</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>Trials over every point and regime-independent trial index (each trial runs every selected regime).</summary>
    public long TotalTrials => Points.Sum(p => (long)p.Scenario.Trials);
}
