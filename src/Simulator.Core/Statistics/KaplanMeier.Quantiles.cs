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
        var n = Points.Count;
        var x = new double[n + 1];
        var estimate = new double?[n + 1];
        var fromLower = new double?[n + 1];
        var fromUpper = new double?[n + 1];
        estimate[0] = fromLower[0] = fromUpper[0] = 0; // R prepends (start time 0, no failures)
        for (var i = 0; i < n; i++)
        {
            var pt = Points[i];
            x[i + 1] = pt.Time;
            estimate[i + 1] = 1 - pt.Survival;
            fromLower[i + 1] = pt.HasInterval ? 1 - pt.Lower : null;
            fromUpper[i + 1] = pt.HasInterval ? 1 - pt.Upper : null;
        }
        return new SurvivalQuantile(
            p,
            QuantileFinder.Find(x, estimate, p),
            QuantileFinder.Find(x, fromLower, p),
            QuantileFinder.Find(x, fromUpper, p));
    }

    /// <summary>The median time to failure with its interval (null parts: not reached).</summary>
    public SurvivalQuantile Median => Quantile(0.5);

    /// <summary>The 25 %, 50 % and 75 % failure quantiles, in that order.</summary>
    public IReadOnlyList<SurvivalQuantile> Quartiles => [Quantile(0.25), Quantile(0.5), Quantile(0.75)];
}
