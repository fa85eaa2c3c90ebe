using Simulator.Application.Folders;
using Simulator.Application.Observing;
using Simulator.Application.Reporting;
using Simulator.Engine;

namespace Simulator.Application.Runs;

/// <summary>
/// The one place a run is prepared, checked and executed, for every front end (CLI, service,
/// cluster shards): <see cref="Prepare"/> passes the request through the validation gate and
/// refuses it with every problem, or returns a plan; <see cref="Execute"/> runs the plan with
/// progress and cancellation and writes its outputs. A new run, a precision-driven run and a
/// resumed run differ only in how they are prepared.
/// </summary>
/// <param name="settings">Block size, progress and checkpoint intervals.</param>
/// <param name="reports">Writes report.html and charts when a plan asks for them (null: refuse such plans).</param>
public sealed class RunPipeline(ApplicationSettings settings, IReportWriter? reports = null)
{
    /// <summary>The settings the pipeline runs with.</summary>
    public ApplicationSettings Settings { get; } = settings;

    /// <summary>
    /// Checks <paramref name="spec"/> (options, output folder, scenario, regimes; for --resume, the
    /// folder's checkpoint against what it resumes) and returns the plan; throws
    /// <see cref="InputRejectedException"/> naming every problem. Nothing runs and nothing is written
    /// but the output folder's creation.
    /// </summary>
    public RunPlan Prepare(RunSpec spec, IRunObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if ((spec.Report || spec.Plots) && reports is null)
        {
            throw new InputRejectedException("--report", "this front end cannot write reports");
        }
        return spec.ResumeFolder is null
            ? RunPreparation.New(spec, Settings, observer ?? SilentObserver.Instance)
            : ResumePreparation.Resume(spec, Settings, observer ?? SilentObserver.Instance);
    }

    /// <summary>
    /// A new run into the folder <paramref name="held"/> holds for the command running it (calibrate's
    /// run of the calibrated scenario): the same checks as <see cref="Prepare"/>, the folder's lock and
    /// manifest shared with the holder, which keeps the lock when the run ends.
    /// </summary>
    internal RunPlan PrepareInto(RunSpec spec, FolderSession held, IRunObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(held);
        if ((spec.Report || spec.Plots) && reports is null)
        {
            throw new InputRejectedException("--report", "this front end cannot write reports");
        }
        return RunPreparation.New(spec with { OutputFolder = held.Folder }, Settings, observer ?? SilentObserver.Instance, held);
    }

    /// <summary>
    /// Runs <paramref name="plan"/>: the trials with progress, then the statistics and, with a folder,
    /// every output file. Cancellation keeps the completed trials: the outcome and the files are then
    /// marked partial (and a folder's checkpoint lets --resume continue).
    /// </summary>
    public RunOutcome Execute(RunPlan plan, IRunObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        try
        {
            return new RunExecution(plan, Settings, reports, observer ?? SilentObserver.Instance).Run(cancellationToken);
        }
        catch (TrialLimitException e)
        {
            throw new InputRejectedException(plan.Scenario.SourceName, e.Message);
        }
    }
}
