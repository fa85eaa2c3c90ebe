using Simulator.Application.Folders;
using Simulator.Application.Observing;
using Simulator.Application.Reporting;
using Simulator.Application.Runs;
using Simulator.Application.Scenarios;
using Simulator.Loading;
using Simulator.Output;
using Simulator.Output.Calibration;
using Simulator.Storage;
using Simulator.Studies.Calibration;

namespace Simulator.Application.Calibration;

/// <summary>
/// The end of a calibration: the calibrated scenario's text (fitted values written in and checked to
/// load as the fitted point), the result, and with a folder a run of the calibrated scenario (so the
/// folder is a run folder the report reads), calibrated.yaml, calibration.json, the curves and the report.
/// </summary>
internal sealed class CalibrationFiles(CalibrationPlan plan, ApplicationSettings settings, IReportWriter? reports, TimeProvider clock, IRunObserver observer)
{
    public CalibrationOutcome Write(CalibrationEvaluator evaluator, IReadOnlyList<ParameterInterval?> intervals, bool converged, bool partial, CancellationToken cancellationToken)
    {
        var best = evaluator.Best!;
        var regimeIds = plan.RegimeIndices.Select(i => plan.Base.Scenario.Regimes[i].Id).ToArray();
        var hash = ScenarioHash.Compute(CalibrationPoints.Gate(plan.Base, plan.Parameters, best.Point, regimeIds).Scenario!);
        var settingsToWrite = CalibrationPoints.Overrides(plan.Base.Overrides, plan.Parameters, best.Point)
            .Select(o => o.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0].Trim(), p[1])).ToArray();
        var text = ScenarioTextEditor.Apply(plan.Base.SourceText, settingsToWrite, out var unplaced);
        var reloaded = ScenarioLoader.LoadText(text, OutputFiles.Calibrated);
        if (unplaced.Count > 0 || !reloaded.Succeeded || ScenarioHash.Compute(reloaded.Scenario!) != hash)
        {
            // The text could not carry every value: keep the source text and list them all as overrides.
            text = plan.Base.SourceText;
            unplaced = settingsToWrite.Select(s => $"{s.Key}={s.Value}").ToArray();
        }
        var result = CalibrationResultBuilder.Build(plan, evaluator, intervals, converged, partial, hash);
        if (plan.Session is not { } session) return new CalibrationOutcome(plan, result, [], partial, null);

        var files = new List<string>();
        RunOutcome? run = null;
        if (!partial)
        {
            // The calibrated scenario run into the folder: the same seed and trials as the fitted point, so its curves are the fit's.
            var spec = new RunSpec
            {
                Scenario = ScenarioInput.Text(text, OutputFiles.Calibrated),
                Overrides = unplaced,
                Regimes = regimeIds,
                Threads = plan.Threads,
            };
            // Under calibrate's hold on the folder: the run's files join the same manifest.
            var pipeline = new RunPipeline(settings);
            run = pipeline.Execute(pipeline.PrepareInto(spec, session, SilentObserver.Instance), observer, cancellationToken);
            files.AddRange(run.FilesWritten);
            partial |= run.Partial;
            if (run.Partial) result = result with { Partial = true };
        }
        var own = new List<string>();
        var header = CalibratedScenarioText.Render(text, result, clock.GetUtcNow(), CalibrationCommandLine.Of(plan.Spec), unplaced);
        Add(session, own, OutputFiles.Calibrated, header, partial);
        Add(session, own, OutputFiles.Calibration, CalibrationJson.Render(result), partial);
        Add(session, own, OutputFiles.CalibrationCurves, CalibrationCurvesCsv.Format(result), partial);
        session.Publish(); // the report reads only what the manifest lists
        if (reports is not null && run is not null)
        {
            var drawn = reports.Write(session.Folder, html: true, plots: true);
            session.AddExisting(drawn, partial);
            session.Publish();
            own.AddRange(drawn);
        }
        // The run's own files were announced by its pipeline.
        observer.Note($"wrote {string.Join(", ", own.Distinct())} to {plan.Folder}");
        files.AddRange(own);
        return new CalibrationOutcome(plan, result, files.Distinct().ToArray(), partial, run);
    }

    private static void Add(FolderSession session, List<string> files, string name, string content, bool partial)
    {
        session.Add([AtomicFile.WriteAllText(Path.Combine(session.Folder, name), content)], partial);
        files.Add(name);
    }
}
