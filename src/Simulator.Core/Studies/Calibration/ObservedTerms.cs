using Simulator.Statistics;

namespace Simulator.Studies.Calibration;

/// <summary>
/// What the objective needs of one group's data, computed once: each distinct event time with its
/// count and interval weights, the days at risk per interval, and the best log-likelihood any
/// piecewise hazard on these intervals reaches (the saturated fit, by EM), from which deviances count.
/// </summary>
public sealed record ObservedTerms
{
    private const int EmIterations = 500;

    private ObservedTerms(double[] counts, double[][] weights, BinCounts totals)
    {
        EventCounts = counts;
        EventWeights = weights;
        Totals = totals;
        Saturated = Fit(counts, weights, totals);
        SaturatedLogLikelihood = PiecewiseLikelihood.LogLikelihood(this, Saturated);
    }

    /// <summary>Events at each distinct event time.</summary>
    public IReadOnlyList<double> EventCounts { get; }

    /// <summary>Interval weights of each distinct event time.</summary>
    public IReadOnlyList<double[]> EventWeights { get; }

    /// <summary>Events and days at risk per interval (events shared by their weights).</summary>
    public BinCounts Totals { get; }

    /// <summary>The piecewise hazard that fits the data best (per day, per interval).</summary>
    public IReadOnlyList<double> Saturated { get; }

    /// <summary>The data's log-likelihood under <see cref="Saturated"/>.</summary>
    public double SaturatedLogLikelihood { get; }

    /// <summary>The terms of <paramref name="table"/> on <paramref name="bins"/>.</summary>
    public static ObservedTerms Of(SurvivalTable table, HazardBins bins)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(bins);
        var counts = new List<double>();
        var weights = new List<double[]>();
        for (var i = 0; i < table.Count; i++)
        {
            if (table.Events[i] == 0) continue;
            var w = new double[bins.Count];
            bins.Weights(table.Times[i], w);
            counts.Add(table.Events[i]);
            weights.Add(w);
        }
        return new ObservedTerms(counts.ToArray(), weights.ToArray(), BinCounts.Of(table, bins));
    }

    // EM for max Σ dᵢ ln Σ h_k w_ik − Σ h_k e_k (concave; each step raises it): share each event among
    // the intervals in proportion to h_k w_ik, then h_k = shared events / exposure.
    private static double[] Fit(double[] counts, double[][] weights, BinCounts totals)
    {
        var k = totals.Exposure.Count;
        var h = new double[k];
        for (var j = 0; j < k; j++) h[j] = totals.Exposure[j] > 0 ? Math.Max(totals.Events[j], 1e-9) / totals.Exposure[j] : 0;
        var shared = new double[k];
        for (var iteration = 0; iteration < EmIterations; iteration++)
        {
            Array.Clear(shared);
            for (var i = 0; i < counts.Length; i++)
            {
                var total = 0.0;
                for (var j = 0; j < k; j++) total += h[j] * weights[i][j];
                if (total <= 0) continue;
                for (var j = 0; j < k; j++) shared[j] += counts[i] * h[j] * weights[i][j] / total;
            }
            var change = 0.0;
            for (var j = 0; j < k; j++)
            {
                var next = totals.Exposure[j] > 0 ? shared[j] / totals.Exposure[j] : 0;
                change = Math.Max(change, Math.Abs(next - h[j]) / Math.Max(next, 1e-300));
                h[j] = next;
            }
            if (change < 1e-12) break;
        }
        return h;
    }
}
