using Simulator.Results;
using Simulator.Studies.Frontier;

namespace Simulator.Output;

/// <summary>A run's regimes on cost and intrusiveness against durability at the horizon (95 % intervals), Pareto-efficient ones marked.</summary>
public static class RunFrontier
{
    /// <summary>One entry per regime, in run order; a regime without statistics (no trial completed) has NaN durability and is never efficient.</summary>
    public static IReadOnlyList<FrontierEntry> Of(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ParetoFrontier.Mark([.. report.Regimes.Select(r =>
        {
            var s = r.Statistics;
            double PerTrial(long count) => s is { Trials: > 0 } ? (double)count / s.Trials : double.NaN;
            return new FrontierPoint(r.Regime.Id, r.Cost.PerTrial, PerTrial(r.Cost.Inspections), PerTrial(r.Cost.Refusals),
                s?.AtHorizon.Survival ?? double.NaN, s?.AtHorizon.Lower ?? double.NaN, s?.AtHorizon.Upper ?? double.NaN,
                s?.RestrictedMean.Estimate ?? double.NaN, s?.RestrictedMean.Lower ?? double.NaN, s?.RestrictedMean.Upper ?? double.NaN);
        })]);
    }
}
