namespace Simulator.Statistics;

/// <summary>
/// A converged Weibull fit S(t) = exp(−(t/λ)^k), both in the modeller's terms (shape k, scale λ in
/// days) and in R <c>survreg</c>'s log-time terms (intercept μ = log λ, log scale log σ = −log k).
/// Intervals are Wald intervals on the log scale, mapped back, so they are always positive.
/// </summary>
/// <param name="Shape">k: above 1 the risk of collapse grows with time, below 1 it falls.</param>
/// <param name="ShapeLower">Lower limit of k.</param>
/// <param name="ShapeUpper">Upper limit of k.</param>
/// <param name="Scale">λ in days: the time by which 63.2 % have failed.</param>
/// <param name="ScaleLower">Lower limit of λ.</param>
/// <param name="ScaleUpper">Upper limit of λ.</param>
/// <param name="Intercept">survreg's (Intercept), μ = log λ.</param>
/// <param name="LogScale">survreg's Log(scale), log σ = −log k.</param>
/// <param name="InterceptStandardError">Standard error of μ.</param>
/// <param name="LogScaleStandardError">Standard error of log σ.</param>
/// <param name="Covariance">Covariance of μ and log σ.</param>
/// <param name="LogLikelihood">Maximised log-likelihood of the times (survreg's <c>loglik</c>).</param>
public sealed record WeibullEstimate(
    double Shape,
    double ShapeLower,
    double ShapeUpper,
    double Scale,
    double ScaleLower,
    double ScaleUpper,
    double Intercept,
    double LogScale,
    double InterceptStandardError,
    double LogScaleStandardError,
    double Covariance,
    double LogLikelihood);
