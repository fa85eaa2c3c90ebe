using Simulator.Application.Folders;
using Simulator.Application.Observing;
using Simulator.Diagnostics;
using Simulator.Output;
using Simulator.Output.Discovery;
using Simulator.Output.Robustness;
using Simulator.Studies.Frontier;
using Simulator.Studies.Robustness;

namespace Simulator.Application.Robustness;

/// <summary>
/// `robustness`: each regime across the plausible worlds of a sample (its points): durability
/// (holds at a day, mean days held), cost and intrusiveness, with percentiles, regret against the
/// best regime of each world and the share of worlds meeting a threshold; and the regimes on mean
/// cost against mean durability with the Pareto-efficient ones marked. Writes robustness.csv and
/// robustness-frontier.csv as the folder's one writer.
/// </summary>
public sealed class RobustnessPipeline
{
    /// <summary>Fewest worlds: regret and percentiles need more than one.</summary>
    public const int MinWorlds = 2;

    /// <summary>Checks, reads, analyses and writes.</summary>
    public RobustnessOutcome Run(RobustnessSpec spec, IRunObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        observer ??= SilentObserver.Instance;
        var problems = new List<Problem>();
        var criteria = new List<SatisficingCriterion>();
        foreach (var text in spec.Satisfice)
        {
            try
            {
                var c = SatisficingCriterion.Parse(text);
                if (criteria.Any(k => k.Output == c.Output)) problems.Add(new Problem { File = "--satisfice", Message = $"{c.Output} has two thresholds; give one per measure" });
                else criteria.Add(c);
            }
            catch (FormatException e)
            {
                problems.Add(new Problem { File = "--satisfice", Message = e.Message });
            }
        }
        if (spec.Day is { } d && !double.IsFinite(d)) problems.Add(new Problem { File = "--day", Message = $"must be a finite number; found {d}" });
        if (problems.Count > 0) throw new InputRejectedException(problems);

        var points = PointsFolder.Read(spec.Folder, "robustness");
        var table = points.Table;
        var holds = points.HoldsColumn(spec.Day, "--day");
        var regimes = table.Regimes;
        var worlds = table.Rows.GroupBy(r => r.Point).Where(g => regimes.All(id => g.Any(r => r.Regime == id))).ToList();
        if (worlds.Count < MinWorlds)
        {
            throw new InputRejectedException(spec.Folder, $"{Path.GetFileName(table.File)} has {worlds.Count} complete points; robustness needs at least {MinWorlds} worlds (sample --points N)");
        }
        if (points.Partial) observer.Note($"{Path.GetFileName(table.File)} is partial (a cancelled study): only its {worlds.Count} finished points are analysed");
        RobustnessMeasure Measure(string name, bool higher, Func<StudyPointRow, double?> value) =>
            new(name, higher, [.. worlds.Select(w => regimes.Select(id => value(w.First(r => r.Regime == id)) ?? double.NaN).ToArray())]);
        static double? PerTrial(StudyPointRow r, string column) => r.Values.GetValueOrDefault(column) / r.Values.GetValueOrDefault("trials");
        var measures = new[]
        {
            Measure(holds, true, r => r.Values.GetValueOrDefault(holds)),
            Measure("rmst", true, r => r.Values.GetValueOrDefault("rmst")),
            Measure("cost_per_trial", false, r => r.Values.GetValueOrDefault("cost_per_trial")),
            Measure("inspections_per_trial", false, r => PerTrial(r, "inspections")),
            Measure("refusals_per_trial", false, r => PerTrial(r, "refusals")),
        };
        var rows = RobustnessAnalysis.Analyze(regimes, measures, criteria);
        var verdict = RobustnessAnalysis.Verdict(rows, holds, higherIsBetter: true);
        var day = spec.Day ?? worlds[0].First().Values.GetValueOrDefault("horizon_days") ?? double.NaN;
        var frontier = ParetoFrontier.Mark([.. regimes.Select(id =>
        {
            RobustnessRow Of(string measure) => rows.First(r => r.Regime == id && r.Measure == measure);
            var h = Of(holds);
            var m = Of("rmst");
            return new FrontierPoint(id, Of("cost_per_trial").Mean, Of("inspections_per_trial").Mean, Of("refusals_per_trial").Mean, h.Mean, h.P10, h.P90, m.Mean, m.P10, m.P90);
        })]);
        cancellationToken.ThrowIfCancellationRequested();
        using var session = FolderSession.Continue(spec.OutputFolder ?? points.Folder, spec.OutputFolder is null ? spec.Folder : "--out", "robustness");
        session.BeginWriting();
        session.Add([RobustnessCsv.Write(Path.Combine(session.Folder, OutputFiles.Robustness), rows, criteria),
            FrontierCsv.Write(Path.Combine(session.Folder, OutputFiles.RobustnessFrontier), frontier, day, FrontierCsv.WorldsInterval)], points.Partial);
        session.Publish();
        observer.Note($"wrote {string.Join(", ", OutputFiles.RobustnessFiles)} to {session.Folder}");
        return new RobustnessOutcome(worlds.Count, Path.GetFileName(table.File), points.Partial, holds, day, rows, criteria, verdict, frontier, session.Folder, OutputFiles.RobustnessFiles);
    }
}
