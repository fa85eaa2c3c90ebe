using System.Globalization;
using Simulator.Application.Observing;
using Simulator.Application.Reporting;
using Simulator.Engine;
using Simulator.Studies.Calibration;

namespace Simulator.Application.Calibration;

/// <summary>
/// `calibrate`: fits scenario values to observed durations (docs/calibration.md). Prepare checks the
/// options, the scenario, the data and the parameter box and refuses with every problem; Execute
/// searches the box (Nelder–Mead on common random numbers), finds each parameter's 95% profile
/// interval, and with a folder writes the calibrated scenario, calibration.json, the curves, a run
/// of the calibrated scenario and the report. Cancellation keeps the best point found so far.
/// </summary>
/// <param name="settings">Block size and progress settings.</param>
/// <param name="reports">Writes report.html and the charts (null: the folder gets no report).</param>
/// <param name="clock">The clock for the calibrated scenario's header (the system clock by default).</param>
public sealed class CalibrationPipeline(ApplicationSettings settings, IReportWriter? reports = null, TimeProvider? clock = null)
{
    /// <summary>Checks <paramref name="spec"/>; throws <see cref="InputRejectedException"/> naming every problem. Nothing runs.</summary>
    public CalibrationPlan Prepare(CalibrationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return CalibrationPreparation.Prepare(spec);
    }

    /// <summary>Runs the calibration with progress; on cancellation the outcome and the files hold the best point so far, marked partial.</summary>
    public CalibrationOutcome Execute(CalibrationPlan plan, IRunObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        try
        {
            return Run(plan, observer ?? SilentObserver.Instance, cancellationToken);
        }
        finally
        {
            plan.Dispose(); // the folder's lock, held since Prepare
        }
    }

    private CalibrationOutcome Run(CalibrationPlan plan, IRunObserver observer, CancellationToken cancellationToken)
    {
        var evaluator = new CalibrationEvaluator(plan, settings, observer, cancellationToken);
        var intervals = new ParameterInterval?[plan.Parameters.Count];
        var converged = false;
        var partial = false;
        observer.Note(string.Create(CultureInfo.InvariantCulture,
            $"calibrate: {plan.Parameters.Count} parameter(s), {plan.Groups.Count} group(s), {plan.Subjects:N0} observations; each point runs {plan.RegimeIndices.Count} regime(s) × {plan.Trials:N0} trials, seed {plan.Base.Scenario.Seed} at every point"));
        try
        {
            evaluator.BeginStage(plan.SearchBudget);
            var fit = BoxMinimizer.Minimize(evaluator.Deviance, plan.Parameters, plan.Parameters.Select(p => BoxPoint.Round(p.Start, p)).ToArray(), plan.SearchBudget);
            converged = fit.Converged;
            observer.ProgressDone();
            observer.Note(string.Create(CultureInfo.InvariantCulture,
                $"estimate after {evaluator.All.Count} points{(fit.Converged ? "" : " (budget spent before convergence)")}: {evaluator.Describe(fit.Point)}, deviance {fit.Value:0.###}"));
            WarnIfFlat(evaluator, plan, observer);
            var threshold = ProfileThreshold.For(1, CalibrationResultBuilder.MaxGroupSubjects(plan), plan.Trials);
            for (var j = 0; j < plan.Parameters.Count; j++)
            {
                evaluator.BeginStage(plan.Parameters.Count == 1 ? 16 : 16 * plan.ProfileBudget);
                intervals[j] = ProfileIntervals.Interval(evaluator.Deviance, plan.Parameters, fit, j, threshold, plan.ProfileBudget);
                observer.ProgressDone();
                observer.Note(string.Create(CultureInfo.InvariantCulture,
                    $"{plan.Parameters[j].Path}: 95% interval {intervals[j]!.Lower:G6} to {intervals[j]!.Upper:G6}{(intervals[j]!.LowerAtBound || intervals[j]!.UpperAtBound ? " (reaches the range's bound)" : "")}"));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            partial = true;
        }
        catch (TrialLimitException e)
        {
            throw new InputRejectedException(plan.Base.SourceName, e.Message);
        }
        observer.ProgressDone();
        if (evaluator.Best is null)
        {
            observer.Note("cancelled before the first parameter point finished; nothing was written.");
            return new CalibrationOutcome(plan, null, [], true, null);
        }
        var outcome = new CalibrationFiles(plan, settings, reports, clock ?? TimeProvider.System, observer)
            .Write(evaluator, intervals, converged, partial, cancellationToken);
        if (partial) observer.Note($"cancelled after {evaluator.All.Count} points: the outputs hold the best point so far and are marked partial.");
        return outcome;
    }

    // A value the compared regimes never use leaves the deviance the same at every point: say so, the intervals will span the range.
    private static void WarnIfFlat(CalibrationEvaluator evaluator, CalibrationPlan plan, IRunObserver observer)
    {
        var simulated = evaluator.All.Where(e => !e.Refused).Select(e => e.Deviance).Distinct().Count();
        if (simulated == 1 && evaluator.All.Count > 1)
        {
            observer.Note($"the deviance is the same at every point tried: the compared regimes do not depend on {string.Join(", ", plan.Parameters.Select(p => p.Path))}; fit values the model uses");
        }
    }
}
