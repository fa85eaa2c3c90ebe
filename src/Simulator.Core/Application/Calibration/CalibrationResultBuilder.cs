using Simulator.Statistics;
using Simulator.Studies.Calibration;

namespace Simulator.Application.Calibration;

/// <summary>Turns the evaluations of a calibration into its <see cref="CalibrationResult"/>: the estimate, the groups' statistics and curves.</summary>
internal static class CalibrationResultBuilder
{
    public static CalibrationResult Build(CalibrationPlan plan, CalibrationEvaluator evaluator, IReadOnlyList<ParameterInterval?> intervals,
        bool converged, bool partial, string calibratedHash)
    {
        var best = evaluator.Best ?? throw new InvalidOperationException("No parameter point was simulated.");
        var intervalThreshold = ProfileThreshold.For(1, MaxGroupSubjects(plan), plan.Trials);
        var bandThreshold = ProfileThreshold.For(plan.Parameters.Count, MaxGroupSubjects(plan), plan.Trials);
        var parameters = plan.Parameters.Select((p, i) => new FittedParameter(p, best.Point[i], intervals[i] is { } interval
            // The profiles may have found a slightly lower deviance than the search: the interval then holds the better point.
            ? interval with { Lower = Math.Min(interval.Lower, best.Point[i]), Upper = Math.Max(interval.Upper, best.Point[i]) }
            : null)).ToArray();
        var region = evaluator.All.Where(e => !e.Refused && e.Deviance <= best.Deviance + bandThreshold).ToArray();
        var groups = plan.Groups.Select((g, n) => Group(plan, g, n, evaluator, region)).ToArray();
        return new CalibrationResult
        {
            ScenarioName = plan.Base.Scenario.Name,
            ScenarioSource = plan.Base.SourceName,
            Overrides = plan.Base.Overrides,
            CalibratedHash = calibratedHash,
            Data = plan.Data,
            Parameters = parameters,
            Groups = groups,
            Bins = plan.Bins,
            Deviance = best.Deviance,
            IntervalThreshold = intervalThreshold,
            BandThreshold = bandThreshold,
            Evaluations = evaluator.All.Count,
            Converged = converged,
            Partial = partial,
            Trials = plan.Trials,
            Seed = plan.Base.Scenario.Seed,
            HorizonDays = plan.HorizonDays,
        };
    }

    /// <summary>The largest group: the simulation's noise relative to the data is largest there.</summary>
    public static long MaxGroupSubjects(CalibrationPlan plan) => plan.Groups.Max(g => (long)g.Subjects);

    private static GroupFit Group(CalibrationPlan plan, CalibrationGroup group, int n, CalibrationEvaluator evaluator, CalibrationEvaluation[] region)
    {
        var modelTable = evaluator.BestTables[group.RegimePosition];
        var hazards = PiecewiseLikelihood.Hazards(BinCounts.Of(modelTable, plan.Bins), plan.Bins);
        var dataCurve = KaplanMeier.Estimate(group.Observations);
        var modelCurve = ModelBand.Build(KaplanMeier.Estimate(modelTable), evaluator.Grid, region.Select(e => e.Curves[n]));
        var days = plan.Base.Scenario.ReportDays.Where(d => d <= plan.HorizonDays).ToArray();
        return new GroupFit
        {
            Value = group.Value,
            Regime = group.RegimeId,
            Subjects = group.Subjects,
            Events = group.Events,
            CensoredAtHorizon = group.CensoredAtHorizon,
            Deviance = PiecewiseLikelihood.Deviance(group.Terms, hazards),
            Terms = PiecewiseLikelihood.Terms(group.Terms),
            LogLikelihood = PiecewiseLikelihood.LogLikelihood(group.Terms, hazards),
            LogRank = OneSampleLogRank.Compute(group.Observations, NelsonAalen.Estimate(modelTable)),
            IntervalEvents = group.Terms.Totals.Events,
            IntervalExposure = group.Terms.Totals.Exposure,
            ModelHazards = hazards,
            Holds = days.Select(d => new HoldComparison(Band(dataCurve.At(d)), modelCurve.First(p => p.Day == d))).ToArray(),
            DataCurve = [new BandPoint(0, 1, 1, 1), .. dataCurve.Points.Select(p => new BandPoint(p.Time, p.Survival, p.Lower, p.Upper))],
            ModelCurve = modelCurve,
        };
    }

    private static BandPoint Band(SurvivalEstimate e) => new(e.Day, e.Survival, e.Lower, e.Upper);
}
