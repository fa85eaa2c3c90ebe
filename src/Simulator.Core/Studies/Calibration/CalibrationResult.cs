using Simulator.Loading.Durations;
using Simulator.Statistics;

namespace Simulator.Studies.Calibration;

/// <summary>Everything a calibration found, as calibration.json records it (docs/calibration.md).</summary>
public sealed record CalibrationResult
{
    /// <summary>The scenario's name.</summary>
    public required string ScenarioName { get; init; }

    /// <summary>The scenario's source (file name or built-in).</summary>
    public required string ScenarioSource { get; init; }

    /// <summary>The user's --set overrides (with --trials, --seed, --horizon folded in), applied under the fitted values.</summary>
    public required IReadOnlyList<string> Overrides { get; init; }

    /// <summary>SHA-256 of the calibrated scenario (source, overrides and fitted values).</summary>
    public required string CalibratedHash { get; init; }

    /// <summary>The data compared.</summary>
    public required DurationData Data { get; init; }

    /// <summary>Each fitted parameter, in fit order.</summary>
    public required IReadOnlyList<FittedParameter> Parameters { get; init; }

    /// <summary>Each group of the data with its regime.</summary>
    public required IReadOnlyList<GroupFit> Groups { get; init; }

    /// <summary>The intervals of the piecewise hazard.</summary>
    public required HazardBins Bins { get; init; }

    /// <summary>The objective at the estimate: the total deviance over the groups.</summary>
    public required double Deviance { get; init; }

    /// <summary>Rise of the deviance that bounds a profile interval.</summary>
    public required double IntervalThreshold { get; init; }

    /// <summary>Rise of the deviance that bounds the joint region drawn as the model's band.</summary>
    public required double BandThreshold { get; init; }

    /// <summary>Parameter points simulated (each with every compared regime).</summary>
    public required int Evaluations { get; init; }

    /// <summary>True when the search converged within its budget.</summary>
    public required bool Converged { get; init; }

    /// <summary>True when the calibration was cancelled: the estimate is the best point so far, and intervals may be missing.</summary>
    public required bool Partial { get; init; }

    /// <summary>Trials per regime at every parameter point.</summary>
    public required long Trials { get; init; }

    /// <summary>The seed, the same at every parameter point (common random numbers).</summary>
    public required ulong Seed { get; init; }

    /// <summary>The horizon: the model's durations are censored there, and so are longer observations.</summary>
    public required double HorizonDays { get; init; }

    /// <summary>Terms of the deviance over all groups.</summary>
    public int Terms => Groups.Sum(g => g.Terms);

    /// <summary>Degrees of freedom of the goodness-of-fit test: terms less fitted parameters.</summary>
    public int DegreesOfFreedom => Math.Max(0, Terms - Parameters.Count);

    /// <summary>P-value of the deviance as a χ² goodness-of-fit statistic; null without degrees of freedom.</summary>
    public double? GoodnessOfFitP => DegreesOfFreedom > 0 ? ChiSquareTail.PValue(Math.Max(0, Deviance), DegreesOfFreedom) : null;
}
