namespace Simulator.Studies.Calibration;

/// <summary>How one group of the data compares with its regime at the fitted values.</summary>
public sealed record GroupFit
{
    /// <summary>The group's value in the data ("" when the data are one group).</summary>
    public required string Value { get; init; }

    /// <summary>The regime it is compared with.</summary>
    public required string Regime { get; init; }

    /// <summary>Observations.</summary>
    public required int Subjects { get; init; }

    /// <summary>Events within the horizon.</summary>
    public required int Events { get; init; }

    /// <summary>Observations longer than the horizon, censored there.</summary>
    public required int CensoredAtHorizon { get; init; }

    /// <summary>The group's deviance (its part of the objective).</summary>
    public required double Deviance { get; init; }

    /// <summary>Intervals in which the group has time at risk (terms of its deviance).</summary>
    public required int Terms { get; init; }

    /// <summary>The data's log-likelihood under the model's piecewise hazard.</summary>
    public required double LogLikelihood { get; init; }

    /// <summary>One-sample log-rank test of the group against the model.</summary>
    public required OneSampleLogRank LogRank { get; init; }

    /// <summary>Observed events per interval.</summary>
    public required IReadOnlyList<double> IntervalEvents { get; init; }

    /// <summary>Observed days at risk per interval.</summary>
    public required IReadOnlyList<double> IntervalExposure { get; init; }

    /// <summary>The model's hazard per day in each interval.</summary>
    public required IReadOnlyList<double> ModelHazards { get; init; }

    /// <summary>Data and model at the scenario's report days.</summary>
    public required IReadOnlyList<HoldComparison> Holds { get; init; }

    /// <summary>The data's Kaplan–Meier curve at each distinct time (with day 0), with its band.</summary>
    public required IReadOnlyList<BandPoint> DataCurve { get; init; }

    /// <summary>The model's curve on the grid of <see cref="ModelBand"/>, with its band.</summary>
    public required IReadOnlyList<BandPoint> ModelCurve { get; init; }
}
