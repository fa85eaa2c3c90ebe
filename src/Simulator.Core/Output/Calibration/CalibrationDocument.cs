using System.Text.Json.Serialization;

namespace Simulator.Output.Calibration;

/// <summary>calibration.json: the whole document (docs/calibration.md), written and read through this model.</summary>
public sealed record CalibrationDocument
{
    /// <summary>Schema version of the file.</summary>
    [JsonPropertyName("schema_version")]
    public int SchemaVersion { get; init; }

    /// <summary>True when the calibration was cancelled: the best point so far.</summary>
    [JsonPropertyName("partial")]
    public bool Partial { get; init; }

    /// <summary>The scenario calibrated and the calibrated copy.</summary>
    [JsonPropertyName("scenario")]
    public CalibrationScenarioPart Scenario { get; init; } = new();

    /// <summary>The data file and how it was read.</summary>
    [JsonPropertyName("data")]
    public CalibrationDataPart Data { get; init; } = new();

    /// <summary>How the fit was made.</summary>
    [JsonPropertyName("method")]
    public CalibrationMethodPart Method { get; init; } = new();

    /// <summary>The total deviance at the estimate.</summary>
    [JsonPropertyName("objective")]
    public double Objective { get; init; }

    /// <summary>Goodness of fit of the model to the data.</summary>
    [JsonPropertyName("goodness_of_fit")]
    public GoodnessOfFitPart GoodnessOfFit { get; init; } = new();

    /// <summary>The fitted parameters.</summary>
    [JsonPropertyName("parameters")]
    public IReadOnlyList<FittedParameterPart> Parameters { get; init; } = [];

    /// <summary>The fit per group of the data.</summary>
    [JsonPropertyName("groups")]
    public IReadOnlyList<GroupFitPart> Groups { get; init; } = [];
}

/// <summary>calibration.json's <c>scenario</c>.</summary>
public sealed record CalibrationScenarioPart
{
    /// <summary>The scenario's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>The scenario file's name (or "built-in").</summary>
    [JsonPropertyName("source")]
    public string Source { get; init; } = "";

    /// <summary>The overrides given with --set.</summary>
    [JsonPropertyName("overrides")]
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>The calibrated scenario's file name.</summary>
    [JsonPropertyName("calibrated")]
    public string Calibrated { get; init; } = "";

    /// <summary>The calibrated scenario's hash.</summary>
    [JsonPropertyName("calibrated_hash")]
    public string CalibratedHash { get; init; } = "";
}

/// <summary>calibration.json's <c>data</c>.</summary>
public sealed record CalibrationDataPart
{
    /// <summary>The data file's name (no folders).</summary>
    [JsonPropertyName("file")]
    public string File { get; init; } = "";

    /// <summary>SHA-256 of the bytes read.</summary>
    [JsonPropertyName("sha256")]
    public string Sha256 { get; init; } = "";

    /// <summary>Data rows read.</summary>
    [JsonPropertyName("rows_read")]
    public int RowsRead { get; init; }

    /// <summary>Rows used after the filters.</summary>
    [JsonPropertyName("rows_used")]
    public int RowsUsed { get; init; }

    /// <summary>The duration column.</summary>
    [JsonPropertyName("duration_column")]
    public string DurationColumn { get; init; } = "";

    /// <summary>The event column.</summary>
    [JsonPropertyName("event_column")]
    public string EventColumn { get; init; } = "";

    /// <summary>The unit of the durations.</summary>
    [JsonPropertyName("time_unit")]
    public string TimeUnit { get; init; } = "";

    /// <summary>The group column, or null.</summary>
    [JsonPropertyName("group_column")]
    public string? GroupColumn { get; init; }

    /// <summary>The row filters, as column=value.</summary>
    [JsonPropertyName("where")]
    public IReadOnlyList<string> Where { get; init; } = [];
}

/// <summary>calibration.json's <c>method</c>.</summary>
public sealed record CalibrationMethodPart
{
    /// <summary>What is minimised.</summary>
    [JsonPropertyName("objective")]
    public string Objective { get; init; } = "";

    /// <summary>How the box is searched.</summary>
    [JsonPropertyName("search")]
    public string Search { get; init; } = "";

    /// <summary>How the intervals are found.</summary>
    [JsonPropertyName("intervals")]
    public string Intervals { get; init; } = "";

    /// <summary>Trials per regime at each point.</summary>
    [JsonPropertyName("trials")]
    public long Trials { get; init; }

    /// <summary>Master seed.</summary>
    [JsonPropertyName("seed")]
    public ulong Seed { get; init; }

    /// <summary>Horizon in days.</summary>
    [JsonPropertyName("horizon_days")]
    public double HorizonDays { get; init; }

    /// <summary>The smooth intervals' nodes.</summary>
    [JsonPropertyName("interval_nodes_days")]
    public IReadOnlyList<double> IntervalNodesDays { get; init; } = [];

    /// <summary>Deviance threshold of the parameter intervals.</summary>
    [JsonPropertyName("interval_threshold")]
    public double IntervalThreshold { get; init; }

    /// <summary>Deviance threshold of the model's bands.</summary>
    [JsonPropertyName("band_threshold")]
    public double BandThreshold { get; init; }

    /// <summary>Parameter points simulated.</summary>
    [JsonPropertyName("evaluations")]
    public int Evaluations { get; init; }

    /// <summary>True when the search converged.</summary>
    [JsonPropertyName("converged")]
    public bool Converged { get; init; }
}

/// <summary>calibration.json's <c>goodness_of_fit</c>.</summary>
public sealed record GoodnessOfFitPart
{
    /// <summary>Total deviance.</summary>
    [JsonPropertyName("deviance")]
    public double Deviance { get; init; }

    /// <summary>Degrees of freedom.</summary>
    [JsonPropertyName("df")]
    public int Df { get; init; }

    /// <summary>χ² p-value; null without degrees of freedom.</summary>
    [JsonPropertyName("p_value")]
    public double? PValue { get; init; }
}

/// <summary>One entry of calibration.json's <c>parameters</c>.</summary>
public sealed record FittedParameterPart
{
    /// <summary>The parameter's key path.</summary>
    [JsonPropertyName("path")]
    public string Path { get; init; } = "";

    /// <summary>The estimate.</summary>
    [JsonPropertyName("estimate")]
    public double Estimate { get; init; }

    /// <summary>Lower end of the 95% profile interval; null when none was computed.</summary>
    [JsonPropertyName("lower95")]
    public double? Lower95 { get; init; }

    /// <summary>Upper end of the 95% profile interval; null when none was computed.</summary>
    [JsonPropertyName("upper95")]
    public double? Upper95 { get; init; }

    /// <summary>Lower end of the searched range.</summary>
    [JsonPropertyName("lower_bound")]
    public double LowerBound { get; init; }

    /// <summary>Upper end of the searched range.</summary>
    [JsonPropertyName("upper_bound")]
    public double UpperBound { get; init; }

    /// <summary>True when the interval's lower end is the range's (absent without an interval).</summary>
    [JsonPropertyName("lower95_at_bound")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Lower95AtBound { get; init; }

    /// <summary>True when the interval's upper end is the range's (absent without an interval).</summary>
    [JsonPropertyName("upper95_at_bound")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Upper95AtBound { get; init; }
}

/// <summary>One entry of calibration.json's <c>groups</c>.</summary>
public sealed record GroupFitPart
{
    /// <summary>The group's value in the data.</summary>
    [JsonPropertyName("value")]
    public string Value { get; init; } = "";

    /// <summary>The regime it is compared with.</summary>
    [JsonPropertyName("regime")]
    public string Regime { get; init; } = "";

    /// <summary>Subjects in the group.</summary>
    [JsonPropertyName("subjects")]
    public int Subjects { get; init; }

    /// <summary>Events within the horizon.</summary>
    [JsonPropertyName("events")]
    public int Events { get; init; }

    /// <summary>Subjects censored at the horizon.</summary>
    [JsonPropertyName("censored_at_horizon")]
    public int CensoredAtHorizon { get; init; }

    /// <summary>The group's deviance.</summary>
    [JsonPropertyName("deviance")]
    public double Deviance { get; init; }

    /// <summary>Intervals with exposure.</summary>
    [JsonPropertyName("terms")]
    public int Terms { get; init; }

    /// <summary>Log-likelihood of the data under the model.</summary>
    [JsonPropertyName("log_likelihood")]
    public double LogLikelihood { get; init; }

    /// <summary>One-sample log-rank test of the data against the model.</summary>
    [JsonPropertyName("logrank")]
    public LogRankPart LogRank { get; init; } = new();

    /// <summary>Data and model hazard on each smooth interval.</summary>
    [JsonPropertyName("intervals")]
    public IReadOnlyList<HazardIntervalPart> Intervals { get; init; } = [];

    /// <summary>Holds at the report days, data against model.</summary>
    [JsonPropertyName("holds")]
    public IReadOnlyList<HoldComparisonPart> Holds { get; init; } = [];
}

/// <summary>A group's <c>logrank</c>.</summary>
public sealed record LogRankPart
{
    /// <summary>Observed events.</summary>
    [JsonPropertyName("observed")]
    public double Observed { get; init; }

    /// <summary>Events the model expects.</summary>
    [JsonPropertyName("expected")]
    public double Expected { get; init; }

    /// <summary>χ² statistic.</summary>
    [JsonPropertyName("chi_square")]
    public double ChiSquare { get; init; }

    /// <summary>p-value.</summary>
    [JsonPropertyName("p_value")]
    public double PValue { get; init; }
}

/// <summary>One entry of a group's <c>intervals</c>.</summary>
public sealed record HazardIntervalPart
{
    /// <summary>The interval's node (day).</summary>
    [JsonPropertyName("node_day")]
    public double NodeDay { get; init; }

    /// <summary>Events in the interval.</summary>
    [JsonPropertyName("events")]
    public double Events { get; init; }

    /// <summary>Exposure in the interval, in days.</summary>
    [JsonPropertyName("exposure_days")]
    public double ExposureDays { get; init; }

    /// <summary>Events per day of exposure; null without exposure.</summary>
    [JsonPropertyName("data_hazard")]
    public double? DataHazard { get; init; }

    /// <summary>The model's hazard.</summary>
    [JsonPropertyName("model_hazard")]
    public double ModelHazard { get; init; }
}

/// <summary>One entry of a group's <c>holds</c>.</summary>
public sealed record HoldComparisonPart
{
    /// <summary>The report day.</summary>
    [JsonPropertyName("day")]
    public double Day { get; init; }

    /// <summary>The data's survival.</summary>
    [JsonPropertyName("data")]
    public double Data { get; init; }

    /// <summary>Its lower 95% bound.</summary>
    [JsonPropertyName("data_lower95")]
    public double DataLower95 { get; init; }

    /// <summary>Its upper 95% bound.</summary>
    [JsonPropertyName("data_upper95")]
    public double DataUpper95 { get; init; }

    /// <summary>The model's survival.</summary>
    [JsonPropertyName("model")]
    public double Model { get; init; }

    /// <summary>Its lower 95% bound.</summary>
    [JsonPropertyName("model_lower95")]
    public double ModelLower95 { get; init; }

    /// <summary>Its upper 95% bound.</summary>
    [JsonPropertyName("model_upper95")]
    public double ModelUpper95 { get; init; }
}
