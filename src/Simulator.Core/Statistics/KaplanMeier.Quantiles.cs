namespace Simulator.Statistics;

public sealed partial record KaplanMeier
{
    /// <summary>
    /// The p-quantile of the time to failure (p = 0.5: the median) with its Brookmeyer–Crowley
    /// interval, as R's <c>quantile(fit, probs = p, conf.int = TRUE)</c>: the estimate is where the
    /// curve first falls to 1 − p, the limits where the upper and lower confidence curves do.
    /// </summary>
    public SurvivalQuantile Quantile(double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A quantile's probability must lie in [0, 1], e.g. 0.5 for the median.");
        }
        return Quantiles([p])[0];
    }

    /// <summary>The median time to failure with its interval (null parts: not reached).</summary>
    public SurvivalQuantile Median => Quantile(0.5);

    /// <summary>The 25 %, 50 % and 75 % failure quantiles, in that order.</summary>
    public IReadOnlyList<SurvivalQuantile> Quartiles => Quantiles([0.25, 0.5, 0.75]);

    // The three curves (estimate and limits) are laid out and sorted once for every level asked.
    private SurvivalQuantile[] Quantiles(double[] levels)
    {
        var n = _survival.Length;
        var x = new double[n + 1];
        var estimate = new double[n + 1];
        var fromLower = new double[n + 1]; // NaN where R's limit is NA
        var fromUpper = new double[n + 1];
        estimate[0] = fromLower[0] = fromUpper[0] = 0; // R prepends (start time 0, no failures)
        for (var i = 0; i < n; i++)
        {
            var survival = _survival[i];
            var hasInterval = survival > 0 && survival < 1; // as KaplanMeierPoint.HasInterval
            x[i + 1] = Table.TimeAt(i);
            estimate[i + 1] = 1 - survival;
            fromLower[i + 1] = hasInterval ? 1 - _lower[i] : double.NaN;
            fromUpper[i + 1] = hasInterval ? 1 - _upper[i] : double.NaN;
        }
        var (e, l, u) = (QuantileFinder.Of(x, estimate), QuantileFinder.Of(x, fromLower), QuantileFinder.Of(x, fromUpper));
        return [.. levels.Select(p => new SurvivalQuantile(p, e.Find(p), l.Find(p), u.Find(p)))];
    }
}
