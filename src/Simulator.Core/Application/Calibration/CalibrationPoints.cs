using Simulator.Application.Scenarios;
using Simulator.Diagnostics;
using Simulator.Loading;
using Simulator.Studies.Calibration;
using Simulator.Validation;

namespace Simulator.Application.Calibration;

/// <summary>
/// Parameter points as scenarios: the user's overrides, then one override per fitted value, loaded
/// and passed through the same gate as `run` (as every point of a sweep is). Before the search the
/// start and every corner of the box are checked, so a range that reaches invalid values is refused
/// before any trial runs.
/// </summary>
internal static class CalibrationPoints
{
    /// <summary>The overrides of point <paramref name="x"/>: the base ones, then the fitted values.</summary>
    public static string[] Overrides(IReadOnlyList<string> baseOverrides, IReadOnlyList<FitParameter> parameters, IReadOnlyList<double> x) =>
        [.. baseOverrides, .. parameters.Select((p, i) => $"{p.Path}={BoxPoint.Text(x[i])}")];

    /// <summary>The gate's verdict at <paramref name="x"/>.</summary>
    public static GateResult Gate(CheckedScenario common, IReadOnlyList<FitParameter> parameters, IReadOnlyList<double> x, IReadOnlyList<string> regimeIds) =>
        ScenarioGate.Check(ScenarioLoader.LoadText(common.SourceText, common.SourceName, Overrides(common.Overrides, parameters, x)), regimeIds);

    /// <summary>Refuses the box when its start or a corner fails the gate.</summary>
    public static void Check(CheckedScenario common, IReadOnlyList<FitParameter> parameters, IReadOnlyList<string> regimeIds)
    {
        var start = parameters.Select(p => BoxPoint.Round(p.Start, p)).ToArray();
        var problems = new List<Problem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var points = new List<double[]> { start };
        for (var mask = 0; mask < 1 << parameters.Count; mask++)
        {
            points.Add(parameters.Select((p, i) => (mask >> i & 1) == 0 ? p.Lower : p.Upper).ToArray());
        }
        foreach (var x in points)
        {
            var gate = Gate(common, parameters, x, regimeIds);
            if (gate.Passed) continue;
            var errors = string.Join("\n", gate.Errors.Select(e => "  " + e));
            if (!seen.Add(errors)) continue;
            var where = string.Join(", ", parameters.Select((p, i) => $"{p.Path}={BoxPoint.Text(x[i])}"));
            problems.Add(new Problem { File = "--fit", Message = $"the scenario is invalid at {where}; narrow the range:\n{errors}" });
        }
        if (problems.Count > 0) throw new InputRejectedException(problems);
    }

    /// <summary>A point as text, for caches and messages.</summary>
    public static string Key(IReadOnlyList<double> x) => string.Join(",", x.Select(BoxPoint.Text));
}
