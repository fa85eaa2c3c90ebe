namespace Simulator.Statistics;

/// <summary>
/// Censored maximum-likelihood Weibull fit, as R's <c>survreg(Surv(time, status) ~ 1, dist = "weibull")</c>:
/// log T = μ + σ·W with W standard minimum extreme value, fitted by Newton–Raphson on (μ, log σ)
/// with step halving, started from the exponential fit (σ = 1, μ = log(total time / events)).
/// Failure is a <see cref="Status"/>, never a NaN.
/// </summary>
/// <param name="Status">Whether an estimate exists and was found.</param>
/// <param name="Iterations">Newton–Raphson iterations used.</param>
/// <param name="Estimate">The estimate, null unless <paramref name="Status"/> is Converged.</param>
public sealed record WeibullFit(WeibullFitStatus Status, int Iterations, WeibullEstimate? Estimate)
{
    private const int MaxIterations = 200;

    /// <summary>True when <see cref="Estimate"/> holds a maximum-likelihood estimate.</summary>
    public bool Converged => Status == WeibullFitStatus.Converged;

    /// <summary>Fits the table's events and censorings (times in days, all &gt; 0).</summary>
    public static WeibullFit Fit(SurvivalTable table, double level = ConfidenceLevel.Default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var z = ConfidenceLevel.Z(level);
        if (table.TotalEvents == 0) return new WeibullFit(WeibullFitStatus.NoEvents, 0, null);
        if (table.Times.Any(t => t <= 0)) return new WeibullFit(WeibullFitStatus.NonPositiveTime, 0, null);

        var data = new WeibullLikelihood(table);
        double mu = Math.Log(data.TotalTime / data.Events), theta = 0;
        var current = data.Evaluate(mu, theta);
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            // Newton direction on the negative Hessian; where it is not positive definite (far from
            // the optimum) add a ridge until it is, which turns the step toward gradient ascent.
            var (a, b, c) = (-current.Hmm, -current.Hmt, -current.Htt);
            double dMu = 0, dTheta = 0;
            for (var ridge = 0.0; ; ridge = ridge == 0 ? 1e-8 * (1 + Math.Abs(a) + Math.Abs(c)) : ridge * 10)
            {
                double aa = a + ridge, cc = c + ridge, det = aa * cc - b * b;
                if (aa > 0 && det > 0)
                {
                    dMu = (cc * current.Gm - b * current.Gt) / det;
                    dTheta = (aa * current.Gt - b * current.Gm) / det;
                    break;
                }
                if (ridge > 1e300) return new WeibullFit(WeibullFitStatus.DidNotConverge, iteration, null);
            }

            // Near the optimum the Newton decrement gᵀ(−H)⁻¹g (twice the predicted gain) is tiny; one
            // more full step then squares the remaining error (quadratic convergence), so take it and
            // stop. Rounding may make that last step look a hair worse; keep whichever point is better.
            var decrement = dMu * current.Gm + dTheta * current.Gt;
            var scale = 1 + Math.Abs(current.LogLik);
            if (decrement <= 1e-10 * scale)
            {
                var last = data.Evaluate(mu + dMu, theta + dTheta);
                return last.LogLik >= current.LogLik
                    ? Finish(iteration, mu + dMu, theta + dTheta, last, z)
                    : Finish(iteration, mu, theta, current, z);
            }

            // Far from it, step halving: never accept a step that lowers the likelihood.
            var step = 1.0;
            var next = data.Evaluate(mu + dMu, theta + dTheta);
            while (!(next.LogLik >= current.LogLik) && step > 1e-10)
            {
                step /= 2;
                next = data.Evaluate(mu + step * dMu, theta + step * dTheta);
            }
            if (!(next.LogLik >= current.LogLik)) return new WeibullFit(WeibullFitStatus.DidNotConverge, iteration, null);
            mu += step * dMu;
            theta += step * dTheta;
            current = next;
            // σ beyond e^±30 means the fit is running away (all events at one instant, or none late).
            if (theta < -30 || theta > 30) return new WeibullFit(WeibullFitStatus.DidNotConverge, iteration, null);
        }
        return new WeibullFit(WeibullFitStatus.DidNotConverge, MaxIterations, null);
    }

    private static WeibullFit Finish(int iterations, double mu, double theta, WeibullLikelihood.Point at, double z)
    {
        // Covariance = inverse of the observed information (−Hessian) at the optimum.
        double a = -at.Hmm, b = -at.Hmt, c = -at.Htt, det = a * c - b * b;
        if (!(a > 0 && det > 0)) return new WeibullFit(WeibullFitStatus.DidNotConverge, iterations, null);
        double varMu = c / det, varTheta = a / det, cov = -b / det;
        double seMu = Math.Sqrt(varMu), seTheta = Math.Sqrt(varTheta);
        var estimate = new WeibullEstimate(
            Shape: Math.Exp(-theta),
            ShapeLower: Math.Exp(-theta - z * seTheta),
            ShapeUpper: Math.Exp(-theta + z * seTheta),
            Scale: Math.Exp(mu),
            ScaleLower: Math.Exp(mu - z * seMu),
            ScaleUpper: Math.Exp(mu + z * seMu),
            Intercept: mu,
            LogScale: theta,
            InterceptStandardError: seMu,
            LogScaleStandardError: seTheta,
            Covariance: cov,
            LogLikelihood: at.LogLik);
        return new WeibullFit(WeibullFitStatus.Converged, iterations, estimate);
    }
}
