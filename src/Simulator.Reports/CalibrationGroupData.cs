namespace Simulator.Reports;

/// <summary>One group of a calibration as calibration.json and calibration-curves.csv record it.</summary>
public sealed record CalibrationGroupData
{
    /// <summary>The group's value in the data ("" for one group).</summary>
    public required string Value { get; init; }

    /// <summary>The regime compared with it.</summary>
    public required string Regime { get; init; }

    /// <summary>Observations.</summary>
    public long Subjects { get; init; }

    /// <summary>Events.</summary>
    public long Events { get; init; }

    /// <summary>The group's deviance.</summary>
    public double? Deviance { get; init; }

    /// <summary>One-sample log-rank: observed events.</summary>
    public double? Observed { get; init; }

    /// <summary>One-sample log-rank: events the model expects.</summary>
    public double? Expected { get; init; }

    /// <summary>One-sample log-rank p-value.</summary>
    public double? LogRankP { get; init; }

    /// <summary>Data and model at the report days: (day, data with band, model with band).</summary>
    public IReadOnlyList<(DayEstimate Data, DayEstimate Model)> Holds { get; init; } = [];

    /// <summary>The data's Kaplan–Meier curve with its band.</summary>
    public IReadOnlyList<CurvePoint> DataCurve { get; init; } = [];

    /// <summary>The model's curve with its band.</summary>
    public IReadOnlyList<CurvePoint> ModelCurve { get; init; } = [];
}
