using System.Diagnostics;
using Simulator.Engine;
using Simulator.Results;
using Simulator.Studies.Sweeps;

namespace Simulator.Application.Studies;

/// <summary>
/// Runs the points of a prepared design one after the other with the engine's
/// <see cref="SimulationRunner"/>. Every point uses the scenario's seed and trial indices 0…n−1, so
/// trial i meets the same random numbers at every point and under every regime (common random
/// numbers across points too): differences between points come from the parameters, not from luck.
/// Cancellation keeps the points that finished; the interrupted point is dropped.
/// </summary>
public sealed class PointRunner
{
    /// <summary>Runs every point; progress counts trials over the whole design.</summary>
    /// <param name="plan">A plan whose <see cref="PreparedPlan.Succeeded"/> is true.</param>
    /// <param name="threads">Worker threads per point (results do not depend on it).</param>
    /// <param name="blockSize">Trials per block (the engine's unit of work and progress).</param>
    /// <param name="progress">Told after each block with trials completed and total over all points.</param>
    /// <param name="cancellationToken">Stops the run; finished points are kept.</param>
    public PointRunResult Run(PreparedPlan plan, int threads, int blockSize, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!plan.Succeeded) throw new ArgumentException("The plan has problems; run only a plan that prepared cleanly.", nameof(plan));
        var watch = Stopwatch.StartNew();
        var total = plan.TotalTrials;
        long before = 0;
        var completed = new List<PointResult>(plan.Points.Count);
        var runner = new SimulationRunner();
        foreach (var point in plan.Points)
        {
            if (cancellationToken.IsCancellationRequested) break;
            var request = Request(point, threads, blockSize);
            var offset = before;
            var inner = progress is null ? null : new OffsetProgress(progress, offset, total, watch);
            var result = runner.Run(request, inner, null, cancellationToken);
            if (result.Partial) break;
            completed.Add(Result(plan, point, result));
            before += point.Scenario.Trials;
        }
        return new PointRunResult(completed, plan.Points.Count, watch.Elapsed);
    }

    /// <summary>The engine request for every trial of <paramref name="point"/>.</summary>
    internal static RunRequest Request(PreparedPoint point, int threads, int blockSize) => new()
    {
        Scenario = point.Scenario,
        RegimeIndices = point.RegimeIndices,
        Trials = point.Scenario.Trials,
        Threads = threads,
        BlockSize = blockSize,
    };

    /// <summary>The statistics of <paramref name="point"/> from a result over all its trials (run here, or merged from shards).</summary>
    internal static PointResult Result(PreparedPlan plan, PreparedPoint point, RunResult result) =>
        new(point.Point, RunReport.Build(point.Scenario, point.Hash, plan.Plan.DisplayName, point.Overrides, result, new CauseCatalog(point.Scenario)));

    private sealed class OffsetProgress(IProgress<RunProgress> outer, long offset, long total, Stopwatch watch) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => outer.Report(new RunProgress(offset + value.CompletedTrials, total, watch.Elapsed));
    }
}
