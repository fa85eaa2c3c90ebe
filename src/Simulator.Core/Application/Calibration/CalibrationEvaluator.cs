using System.Globalization;
using Simulator.Application.Observing;
using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Statistics;
using Simulator.Studies.Calibration;

namespace Simulator.Application.Calibration;

/// <summary>
/// The objective at a parameter point: the point's scenario through the gate, every compared regime
/// simulated with the scenario's seed and trial indices 0…N−1 (the same random numbers at every
/// point, so the deviance moves smoothly with the parameters), each group's deviance from its
/// regime. Points are cached: the search and the profiles revisit them.
/// </summary>
internal sealed class CalibrationEvaluator(CalibrationPlan plan, ApplicationSettings settings, IRunObserver observer, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, CalibrationEvaluation> _cache = new(StringComparer.Ordinal);
    private readonly List<CalibrationEvaluation> _all = [];
    private readonly HashSet<string> _refusals = new(StringComparer.Ordinal);
    private readonly double[] _grid = ModelBand.Grid(plan.HorizonDays, plan.Base.Scenario.ReportDays);
    private readonly long _horizonTicks = TimeResolution.ToTicks(plan.HorizonDays);
    private readonly SimulationRunner _runner = new();
    private long _phaseRuns;
    private long _phaseBudget = 1;

    /// <summary>Every point simulated, in order.</summary>
    public IReadOnlyList<CalibrationEvaluation> All => _all;

    /// <summary>The grid the curves are on.</summary>
    public IReadOnlyList<double> Grid => _grid;

    /// <summary>The best point so far, or null before the first.</summary>
    public CalibrationEvaluation? Best { get; private set; }

    /// <summary>The risk tables of each compared regime at <see cref="Best"/>.</summary>
    public SurvivalTable[] BestTables { get; private set; } = [];

    /// <summary>Starts counting progress for a stage expected to simulate about <paramref name="points"/> points.</summary>
    public void BeginStage(long points)
    {
        observer.ProgressDone();
        _phaseRuns = 0;
        _phaseBudget = Math.Max(1, points);
    }

    /// <summary>The deviance at <paramref name="x"/>; throws <see cref="OperationCanceledException"/> when cancelled.</summary>
    public double Deviance(double[] x) => Evaluate(x).Deviance;

    /// <summary>The evaluation at <paramref name="x"/> (simulated once, then cached).</summary>
    public CalibrationEvaluation Evaluate(double[] x)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var key = CalibrationPoints.Key(x);
        if (_cache.TryGetValue(key, out var cached)) return cached;
        var regimeIds = plan.RegimeIndices.Select(i => plan.Base.Scenario.Regimes[i].Id).ToArray();
        var gate = CalibrationPoints.Gate(plan.Base, plan.Parameters, x, regimeIds);
        CalibrationEvaluation evaluation;
        if (!gate.Passed)
        {
            var first = gate.Errors.FirstOrDefault()?.ToString() ?? "refused";
            if (_refusals.Add(first)) observer.Note($"the scenario is invalid at {Describe(x)} ({first}); the search counts it as a poor fit");
            evaluation = new CalibrationEvaluation(x, CalibrationEvaluation.RefusedPenalty, [], []);
        }
        else
        {
            evaluation = Simulate(x, gate.Scenario!);
        }
        _cache[key] = evaluation;
        _all.Add(evaluation);
        return evaluation;
    }

    /// <summary>The point as <c>path=value</c> pairs.</summary>
    public string Describe(IReadOnlyList<double> x) =>
        string.Join(", ", plan.Parameters.Select((p, i) => $"{p.Path}={x[i].ToString("G6", CultureInfo.InvariantCulture)}"));

    private CalibrationEvaluation Simulate(double[] x, Model.Scenario scenario)
    {
        var request = new RunRequest
        {
            Scenario = scenario,
            RegimeIndices = plan.RegimeIndices,
            Trials = scenario.Trials,
            Threads = plan.Threads,
            BlockSize = settings.BlockSize,
        };
        var offset = _phaseRuns * scenario.Trials;
        var total = Math.Max(_phaseBudget, _phaseRuns + 1) * scenario.Trials;
        var progress = new Progress(p => observer.Progress(new RunProgress(offset + p.CompletedTrials, total, p.Elapsed)));
        var result = _runner.Run(request, progress, null, cancellationToken);
        if (result.Partial) throw new OperationCanceledException(cancellationToken);
        _phaseRuns++;
        var tables = result.Tally.Regimes.Select(t => SurvivalTable.FromTally(t, _horizonTicks)).ToArray();
        var deviances = plan.Groups.Select(g => PiecewiseLikelihood.Deviance(g.Terms,
            PiecewiseLikelihood.Hazards(BinCounts.Of(tables[g.RegimePosition], plan.Bins), plan.Bins))).ToArray();
        var curves = plan.Groups.Select(g => ModelBand.On(KaplanMeier.Estimate(tables[g.RegimePosition]), _grid)).ToArray();
        var evaluation = new CalibrationEvaluation(x, deviances.Sum(), deviances, curves);
        if (Best is null || evaluation.Deviance < Best.Deviance)
        {
            Best = evaluation;
            BestTables = tables;
        }
        return evaluation;
    }

    private sealed class Progress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
