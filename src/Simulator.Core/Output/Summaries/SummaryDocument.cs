using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>summary.json: the whole document (docs/output-format.md).</summary>
public sealed record SummaryDocument
{
    /// <summary>Schema version of the file.</summary>
    [JsonPropertyName("schema_version")]
    public int SchemaVersion { get; init; }

    /// <summary>Engine version that ran the trials.</summary>
    [JsonPropertyName("engine_version")]
    public string EngineVersion { get; init; } = "";

    /// <summary>The scenario and how to reproduce it.</summary>
    [JsonPropertyName("scenario")]
    public ScenarioSummary? Scenario { get; init; }

    /// <summary>Master seed.</summary>
    [JsonPropertyName("seed")]
    public ulong Seed { get; init; }

    /// <summary>Trials requested per regime.</summary>
    [JsonPropertyName("trials_requested")]
    public long TrialsRequested { get; init; }

    /// <summary>Trials completed per regime.</summary>
    [JsonPropertyName("trials_completed")]
    public long TrialsCompleted { get; init; }

    /// <summary>True when the run was cancelled: the statistics cover the completed trials.</summary>
    [JsonPropertyName("partial")]
    public bool Partial { get; init; }

    /// <summary>The precision goal of a precision-driven run; absent otherwise.</summary>
    [JsonPropertyName("precision")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PrecisionSummary? Precision { get; init; }

    /// <summary>Horizon in days.</summary>
    [JsonPropertyName("horizon_days")]
    public double HorizonDays { get; init; }

    /// <summary>Report days, the horizon last.</summary>
    [JsonPropertyName("report_days")]
    public IReadOnlyList<double> ReportDays { get; init; } = [];

    /// <summary>Id of the baseline regime.</summary>
    [JsonPropertyName("baseline_regime")]
    public string BaselineRegime { get; init; } = "";

    /// <summary>Regimes in run order.</summary>
    [JsonPropertyName("regimes")]
    public IReadOnlyList<RegimeSummary> Regimes { get; init; } = [];

    /// <summary>Each regime compared with the baseline.</summary>
    [JsonPropertyName("comparisons")]
    public IReadOnlyList<ComparisonSummary> Comparisons { get; init; } = [];

    /// <summary>Each regime on cost and intrusiveness against durability, Pareto-efficient ones marked (absent from files written before it existed: empty).</summary>
    [JsonPropertyName("frontier")]
    public IReadOnlyList<FrontierSummary> Frontier { get; init; } = [];
}
