using System.Text.Json.Serialization;

namespace Simulator.Output.Calibration;

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
