namespace Simulator.Studies.Calibration;

/// <summary>
/// The objective of a calibration (docs/calibration.md): the observed data's log-likelihood under
/// the simulated model, the model's hazard smoothed to h(t) = Σ h_k w_k(t) over the soft intervals of
/// <see cref="HazardBins"/>. The model's h_k is its simulated events over its simulated exposure in
/// interval k, (D_k + ½) / (E_k + ½·w_k) (the half event keeps an interval with no simulated failure
/// from having hazard 0); the data then have log-likelihood Σᵢ dᵢ ln h(tᵢ) − Σ_k h_k e_k, right
/// censoring included through the exposure e_k. The deviance is twice its distance from the best
/// piecewise hazard for the data: 0 for a perfect match.
/// </summary>
public static class PiecewiseLikelihood
{
    /// <summary>Events added to each interval of the simulation (and ½·width days of exposure): a prior that only matters when the simulation has no events there.</summary>
    public const double PseudoEvents = 0.5;

    /// <summary>The model's hazard per day in each interval.</summary>
    public static double[] Hazards(BinCounts simulated, HazardBins bins)
    {
        ArgumentNullException.ThrowIfNull(simulated);
        ArgumentNullException.ThrowIfNull(bins);
        var h = new double[bins.Count];
        for (var k = 0; k < h.Length; k++)
        {
            h[k] = (simulated.Events[k] + PseudoEvents) / (simulated.Exposure[k] + PseudoEvents * bins.Width(k));
        }
        return h;
    }

    /// <summary>Σᵢ dᵢ ln Σ_k h_k w_k(tᵢ) − Σ_k h_k e_k: the data's log-likelihood under hazards <paramref name="hazards"/>.</summary>
    public static double LogLikelihood(ObservedTerms data, IReadOnlyList<double> hazards)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(hazards);
        var sum = 0.0;
        for (var i = 0; i < data.EventCounts.Count; i++)
        {
            var w = data.EventWeights[i];
            var h = 0.0;
            for (var k = 0; k < hazards.Count; k++) h += hazards[k] * w[k];
            sum += data.EventCounts[i] * Math.Log(h);
        }
        for (var k = 0; k < hazards.Count; k++) sum -= data.Totals.Exposure[k] * hazards[k];
        return sum;
    }

    /// <summary>2 (ℓ_best − ℓ(h)) ≥ 0: the deviance of the hazards from the data's best piecewise hazard.</summary>
    public static double Deviance(ObservedTerms data, IReadOnlyList<double> hazards)
    {
        ArgumentNullException.ThrowIfNull(data);
        return 2 * (data.SaturatedLogLikelihood - LogLikelihood(data, hazards));
    }

    /// <summary>Intervals in which the data have time at risk: the terms of the deviance.</summary>
    public static int Terms(ObservedTerms data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Totals.Exposure.Count(e => e > 0);
    }
}
