namespace Simulator.Statistics;

/// <summary>
/// Regime minus baseline in the probability that the truce holds at one day, from the same trials
/// run under both (common random numbers).
/// </summary>
/// <param name="Day">The day (a report day or the horizon).</param>
/// <param name="RegimeHolding">Share of trials holding at <paramref name="Day"/> under the regime.</param>
/// <param name="BaselineHolding">Share holding under the baseline.</param>
/// <param name="Difference">Mean of the per-trial difference d ∈ {−1, 0, 1}.</param>
/// <param name="StandardError">√(s²_d / n), s²_d the sample variance of d.</param>
/// <param name="Lower">Difference − z·SE.</param>
/// <param name="Upper">Difference + z·SE.</param>
/// <param name="VarianceReduction">(s²_regime + s²_baseline) / s²_d: how many times narrower in
/// variance the paired comparison is than one between independent runs; null when s²_d = 0.</param>
public sealed record PairedHoldingDifference(
    double Day,
    double RegimeHolding,
    double BaselineHolding,
    double Difference,
    double StandardError,
    double Lower,
    double Upper,
    double? VarianceReduction);
