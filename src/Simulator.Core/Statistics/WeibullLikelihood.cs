namespace Simulator.Statistics;

/// <summary>
/// Log-likelihood of a censored Weibull sample in survreg's parametrisation, with its gradient and
/// Hessian in (μ, θ = log σ). With y = log t and z = (y − μ)/σ, an event contributes
/// −θ + z − e^z − y and a censoring −e^z. Rows of the risk table are weighted by their counts, so a
/// tally of millions of trials costs one pass over its distinct times.
/// </summary>
internal sealed class WeibullLikelihood
{
    private readonly double[] _logTimes;
    private readonly double[] _events;
    private readonly double[] _censored;

    public WeibullLikelihood(SurvivalTable table)
    {
        _logTimes = table.Times.Select(t => Math.Log(t)).ToArray();
        _events = table.Events.Select(e => (double)e).ToArray();
        _censored = table.Censored.Select(c => (double)c).ToArray();
        Events = _events.Sum();
        TotalTime = Enumerable.Range(0, table.Count).Sum(i => table.Times[i] * (_events[i] + _censored[i]));
    }

    /// <summary>Total number of events.</summary>
    public double Events { get; }

    /// <summary>Total time observed (for the exponential starting value).</summary>
    public double TotalTime { get; }

    /// <summary>Value, gradient (Gm, Gt) and Hessian (Hmm, Hmt, Htt) at (μ, θ).</summary>
    public readonly record struct Point(double LogLik, double Gm, double Gt, double Hmm, double Hmt, double Htt);

    /// <summary>Evaluates the likelihood at (μ, θ); a non-finite value compares as "worse" in the caller.</summary>
    public Point Evaluate(double mu, double theta)
    {
        var sigma = Math.Exp(theta);
        double ll = 0, gm = 0, gt = 0, hmm = 0, hmt = 0, htt = 0;
        for (var i = 0; i < _logTimes.Length; i++)
        {
            var zi = (_logTimes[i] - mu) / sigma;
            var ez = Math.Exp(zi);
            double d = _events[i], c = _censored[i];
            // l(z) = d (z − e^z) − c e^z;  l' = d (1 − e^z) − c e^z;  l'' = −(d + c) e^z.
            var l1 = d * (1 - ez) - c * ez;
            var l2 = -(d + c) * ez;
            ll += d * (zi - ez - theta - _logTimes[i]) - c * ez;
            // dz/dμ = −1/σ, dz/dθ = −z, d²z/dμdθ = 1/σ, d²z/dθ² = z.
            gm += -l1 / sigma;
            gt += -l1 * zi - d;
            hmm += l2 / (sigma * sigma);
            hmt += (l2 * zi + l1) / sigma;
            htt += l2 * zi * zi + l1 * zi;
        }
        return new Point(double.IsFinite(ll) ? ll : double.NegativeInfinity, gm, gt, hmm, hmt, htt);
    }
}
