namespace Simulator.Statistics;

/// <summary>
/// The Kaplan–Meier curve just after one distinct time (R's <c>survfit</c> rows: every observed time,
/// censoring-only times included).
/// </summary>
/// <param name="Time">Time in days.</param>
/// <param name="AtRisk">Number at risk just before <paramref name="Time"/>.</param>
/// <param name="Events">Events at <paramref name="Time"/>.</param>
/// <param name="Censored">Censorings at <paramref name="Time"/>.</param>
/// <param name="Survival">Estimated probability of lasting beyond <paramref name="Time"/>.</param>
/// <param name="StandardError">Greenwood standard error of <paramref name="Survival"/>
/// (R's <c>summary(fit)$std.err</c>); 0 where the survival is 0 (R reports NaN there).</param>
/// <param name="LogStandardError">Greenwood standard error of −log S, √Σ d/(n(n−d)) (R's
/// <c>fit$std.err</c>); null once every subject at risk has failed (infinite in R).</param>
/// <param name="Lower">Lower log-log confidence limit; 1 while S = 1 and 0 once S = 0 (R gives NA there).</param>
/// <param name="Upper">Upper log-log confidence limit; same conventions as <paramref name="Lower"/>.</param>
public readonly record struct KaplanMeierPoint(
    double Time,
    long AtRisk,
    long Events,
    long Censored,
    double Survival,
    double StandardError,
    double? LogStandardError,
    double Lower,
    double Upper)
{
    /// <summary>
    /// True when R's log-log interval is defined here (0 &lt; S &lt; 1); quantile intervals skip the
    /// other points exactly as R skips its NA limits.
    /// </summary>
    public bool HasInterval => Survival > 0 && Survival < 1;
}
