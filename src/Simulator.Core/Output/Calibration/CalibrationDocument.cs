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
