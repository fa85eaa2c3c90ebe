using System.Globalization;
using Simulator.Application.Folders;
using Simulator.Application.Scenarios;
using Simulator.Diagnostics;
using Simulator.Loading;
using Simulator.Loading.Durations;
using Simulator.Model;
using Simulator.Statistics;
using Simulator.Studies.Calibration;

namespace Simulator.Application.Calibration;

/// <summary>
/// Checks a calibration before anything runs: the options, the scenario through the gate, the
/// regimes of the groups, the data file row by row, and the parameter box (its corners and start
/// through the gate too). Refuses with every problem found.
/// </summary>
internal static class CalibrationPreparation
{
    public static CalibrationPlan Prepare(CalibrationSpec spec)
    {
        var problems = new List<Problem>();
        var options = CalibrationOptions.Parse(spec, problems);
        var overrides = spec.AllOverrides();
        var (gate, _) = ScenarioChecks.Judge(spec.Scenario, overrides);
        problems.AddRange(gate.Errors);
        var regimeIds = gate.Scenario?.Regimes.Select(r => r.Id).ToArray() ?? [];
        foreach (var (regime, _) in options.Groups)
        {
            if (gate.Scenario is not null && !regimeIds.Contains(regime))
            {
                problems.Add(new Problem { File = "--group", Message = $"no regime '{regime}' in the scenario{NameSuggester.Hint(regime, regimeIds)}" });
            }
        }
        DurationData? data = null;
        if (options.Unit is { } unit)
        {
            var columns = new DurationColumns
            {
                Duration = spec.DurationColumn,
                Event = spec.EventColumn,
                TimeUnit = unit,
                Group = spec.GroupColumn,
                Groups = options.Groups.Select(g => g.Value).ToHashSet(StringComparer.Ordinal),
                Where = options.Where,
            };
            var read = DurationCsvReader.ReadFile(spec.DataFile, columns);
            problems.AddRange(read.Problems);
            data = read.Data;
        }
        if (problems.Count > 0) throw new InputRejectedException(ProblemOrder.Sort(problems), gate.Warnings, $"{problems.Count} problem(s); nothing was run.");

        var common = ScenarioChecks.Accepted(spec.Scenario, gate, overrides);
        var parameters = options.Fit.Count > 0
            ? options.Fit.Select(f => f.StartingAt(Current(common, f.Path))).ToArray()
            : FromUncertain(common, spec.Scenario.DisplayName);
        var groups = Groups(spec, options, common.Scenario, data!, out var regimeIndices, out var bins);
        CalibrationPoints.Check(common, parameters, regimeIds: regimeIndices.Select(i => common.Scenario.Regimes[i].Id).ToArray());
        // Last: the folder is locked from here on; calibrate writes a folder of its own (earlier outputs refused without --force).
        var session = spec.OutputFolder is null ? null : FolderSession.Begin(spec.OutputFolder, "--out", "calibrate", spec.Force, scenarioText: null);
        return new CalibrationPlan
        {
            Session = session,
            Spec = spec,
            Base = common,
            Data = data!,
            Groups = groups,
            RegimeIndices = regimeIndices,
            Parameters = parameters,
            Bins = bins,
            Threads = spec.Threads ?? Environment.ProcessorCount,
            Folder = session?.Folder,
        };
    }

    // The scenario's own value at a path (an override, else the file's scalar), where the search starts.
    private static double? Current(CheckedScenario common, string path)
    {
        var text = common.Overrides.LastOrDefault(o => o.StartsWith(path + "=", StringComparison.Ordinal))?[(path.Length + 1)..]
            ?? ScenarioTextEditor.ScalarAt(common.SourceText, path);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static FitParameter[] FromUncertain(CheckedScenario common, string source)
    {
        var uncertain = common.Gate.Load.Uncertain;
        if (uncertain.Count == 0)
        {
            throw new InputRejectedException(source,
                "nothing to fit: give --fit key.path=lo:hi, or write the values to fit as ranges in the scenario, e.g. attack_rate: { uncertain: uniform, min: 0.01, max: 0.2 } (docs/calibration.md)");
        }
        var problems = new List<Problem>();
        var parameters = new List<FitParameter>();
        foreach (var u in uncertain)
        {
            if (u.Distribution.Kind == UncertainKind.Discrete || u.IsInteger)
            {
                problems.Add(new Problem { File = source, Path = u.Path, Message = "is a discrete or whole-number value; calibrate fits continuous values only: fix it with --set, or compare its values with sweep" });
                continue;
            }
            var d = u.Distribution;
            var lo = double.IsFinite(d.Min) && d.Min > -1e300 ? d.Min : d.Quantile(0.001);
            var hi = double.IsFinite(d.Max) && d.Max < 1e300 ? d.Max : d.Quantile(0.999);
            parameters.Add(new FitParameter(u.Path, lo, hi).StartingAt(double.Parse(u.PointValue, CultureInfo.InvariantCulture)));
        }
        if (parameters.Count > CalibrationOptions.MaxParameters)
        {
            problems.Add(new Problem { File = source, Message = $"{parameters.Count} uncertain values; at most {CalibrationOptions.MaxParameters} can be fitted at once: choose them with --fit" });
        }
        if (problems.Count > 0) throw new InputRejectedException(problems);
        return parameters.ToArray();
    }

    private static CalibrationGroup[] Groups(CalibrationSpec spec, CalibrationOptions options, Scenario scenario, DurationData data,
        out IReadOnlyList<int> regimeIndices, out HazardBins bins)
    {
        var horizon = scenario.HorizonDays;
        var mapping = spec.GroupColumn is null ? [new KeyValuePair<string, string>(scenario.BaselineRegime, "")] : options.Groups;
        var indices = new List<int>();
        var rowsByGroup = mapping.Select(m => data.Rows.Where(r => r.Group == m.Value).ToArray()).ToArray();
        var empty = mapping.Where((m, i) => rowsByGroup[i].Length == 0).Select(m => $"'{m.Value}'").ToArray();
        if (empty.Length > 0)
        {
            throw new InputRejectedException(data.File, $"no rows of group {string.Join(", ", empty)} in column '{spec.GroupColumn}' (after --where)");
        }
        var events = data.Rows.Where(r => r.Event && r.Days <= horizon).Select(r => r.Days).ToArray();
        bins = HazardBins.FromEvents(events, horizon);
        var groups = new CalibrationGroup[mapping.Count];
        for (var g = 0; g < mapping.Count; g++)
        {
            var index = scenario.Regimes.ToList().FindIndex(r => r.Id == mapping[g].Key);
            if (!indices.Contains(index)) indices.Add(index);
            var rows = rowsByGroup[g];
            // Beyond the horizon the model says nothing: a longer observation is censored there.
            var table = SurvivalTable.FromObservations(
                rows.Select(r => Math.Min(r.Days, horizon)).ToArray(),
                rows.Select(r => r.Event && r.Days <= horizon).ToArray());
            groups[g] = new CalibrationGroup(mapping[g].Value, mapping[g].Key, indices.IndexOf(index), table, ObservedTerms.Of(table, bins),
                rows.Count(r => r.Days > horizon));
        }
        regimeIndices = indices;
        return groups;
    }
}
