using Simulator.Loading;
using Simulator.Studies.Sweeps;
using Simulator.Validation;

namespace Simulator.Application.Studies;

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
            // The same gate as run and validate: an invalid point is refused before any point runs.
            var gate = ScenarioGate.Check(ScenarioLoader.LoadText(ScenarioText, DisplayName, overrides), Regimes);
            if (gate.Passed)
            {
                prepared.Add(new PreparedPoint(point, gate.Scenario!, ScenarioHash.Compute(gate.Scenario!), overrides, gate.RegimeIndices));
                continue;
            }
            var errors = gate.Errors.Select(e => e.ToString()).ToList();
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
}
