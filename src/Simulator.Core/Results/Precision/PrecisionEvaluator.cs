using Simulator.Engine.Tallies;
using Simulator.Model;
using Simulator.Statistics;

namespace Simulator.Results.Precision;

/// <summary>
/// Measures the 95 % half-width of a precision target on a run's tally, with the very statistics
/// the report prints, so a run stops exactly where its output says.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>holds: the Kaplan–Meier log-log interval at the horizon, which is not symmetric; the
/// half-width is the larger distance from the estimate to either limit, so the whole interval lies
/// within ± the target.</item>
/// <item>rmst: z·SE of the restricted mean (its interval is symmetric), in days.</item>
/// <item>paired: z·SE of the paired difference in holding at the horizon, for every regime but the baseline.</item>
/// <item>When nothing varies in the trials run so far (no collapse, every trial collapsed, or no
/// pair of trials disagrees) those intervals have zero width, which says nothing about precision.
/// The half-width is then the exact (Clopper–Pearson) 95 % upper limit on the share of trials that
/// could still vary given none did in n: 1 − 0.025^(1/n), about 3.7/n (times the horizon for rmst).</item>
/// </list>
/// </remarks>
public static class PrecisionEvaluator
{
    /// <summary>Measures every regime (or every comparison with the baseline) of <paramref name="tally"/>.</summary>
    /// <param name="tally">The run's exact aggregate so far.</param>
    /// <param name="scenario">The scenario run.</param>
    /// <param name="regimeIndices">The request's regimes (positions in the tally), as indices into the scenario.</param>
    /// <param name="goal">The goal.</param>
    public static PrecisionCheck Evaluate(RunTally tally, Scenario scenario, IReadOnlyList<int> regimeIndices, PrecisionGoal goal)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(regimeIndices);
        ArgumentNullException.ThrowIfNull(goal);
        var horizonTicks = TimeResolution.ToTicks(scenario.HorizonDays);
        var horizon = TimeResolution.ToDays(horizonTicks);
        var measures = new List<PrecisionMeasure>();
        for (var r = 0; r < tally.Regimes.Length; r++)
        {
            var regime = tally.Regimes[r];
            var id = scenario.Regimes[regimeIndices[r]].Id;
            var n = regime.Trials;
            if (n == 0) continue;
            switch (goal.Target)
            {
                case PrecisionTarget.Holds:
                    {
                        var at = KaplanMeier.Estimate(SurvivalTable.FromTally(regime, horizonTicks)).At(horizon);
                        var half = Math.Max(at.Survival - at.Lower, at.Upper - at.Survival);
                        measures.Add(new PrecisionMeasure(id, null, at.Survival, at.Survival > 0 && at.Survival < 1 ? half : NoVariationBound(n)));
                        break;
                    }
                case PrecisionTarget.RestrictedMean:
                    {
                        var rm = KaplanMeier.Estimate(SurvivalTable.FromTally(regime, horizonTicks)).RestrictedMean(horizon);
                        var half = (rm.Upper - rm.Lower) / 2;
                        measures.Add(new PrecisionMeasure(id, null, rm.Estimate, rm.StandardError > 0 ? half : horizon * NoVariationBound(n)));
                        break;
                    }
                case PrecisionTarget.PairedHolds:
                    {
                        if (r == tally.BaselinePosition) break;
                        var baselineId = scenario.Regimes[regimeIndices[tally.BaselinePosition]].Id;
                        if (n < 2)
                        {
                            measures.Add(new PrecisionMeasure(id, baselineId, 0, 1));
                            break;
                        }
                        var h = PairedDifference.Compute(tally.Paired[r], regime, tally.Regimes[tally.BaselinePosition]).Horizon;
                        var half = (h.Upper - h.Lower) / 2;
                        measures.Add(new PrecisionMeasure(id, baselineId, h.Difference, h.StandardError > 0 ? half : NoVariationBound(n)));
                        break;
                    }
                default:
                    throw new ArgumentOutOfRangeException(nameof(goal), goal.Target, "Unknown precision target.");
            }
        }
        return new PrecisionCheck(tally.Trials, measures, goal.HalfWidth);
    }

    /// <summary>
    /// Exact two-sided 95 % (Clopper–Pearson) upper limit on a proportion when none of
    /// <paramref name="n"/> trials showed it: 1 − 0.025^(1/n).
    /// </summary>
    public static double NoVariationBound(long n) =>
        n <= 0 ? 1 : -double.ExpM1(Math.Log((1 - ConfidenceLevel.Default) / 2) / n);
}
