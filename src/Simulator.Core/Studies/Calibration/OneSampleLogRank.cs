using Simulator.Statistics;

namespace Simulator.Studies.Calibration;

/// <summary>
/// The one-sample log-rank test of data against a model's cumulative hazard Λ (Breslow 1975;
/// Finkelstein, Muzikansky &amp; Schoenfeld 2003): O = the data's events, E = Σ Λ(tᵢ) over every
/// subject's exit time, (O − E)² / E ~ χ²₁ when the model is true. E is what the model expects
/// the data to have had in their observed time at risk, censoring included.
/// </summary>
/// <param name="Observed">Events in the data.</param>
/// <param name="Expected">Events the model expects over the same time at risk.</param>
/// <param name="ChiSquare">(O − E)² / E.</param>
/// <param name="PValue">Upper tail on 1 degree of freedom.</param>
public sealed record OneSampleLogRank(double Observed, double Expected, double ChiSquare, double PValue)
{
    /// <summary>The test of <paramref name="data"/> against the simulated <paramref name="model"/>.</summary>
    public static OneSampleLogRank Compute(SurvivalTable data, NelsonAalen model)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(model);
        double observed = 0, expected = 0;
        for (var i = 0; i < data.Count; i++)
        {
            observed += data.Events[i];
            expected += (data.Events[i] + data.Censored[i]) * model.At(data.Times[i]).CumulativeHazard;
        }
        var chi = expected > 0 ? (observed - expected) * (observed - expected) / expected : observed > 0 ? double.PositiveInfinity : 0;
        return new OneSampleLogRank(observed, expected, chi, ChiSquareTail.PValue(chi, 1));
    }
}
