using System.Text.Json.Serialization;

namespace Simulator.Output.Calibration;

/// <summary>The source-generated serialization of calibration.json: written and read through <see cref="CalibrationDocument"/>, each key named once.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(FiniteDoubleConverter)])]
[JsonSerializable(typeof(CalibrationDocument))]
public sealed partial class CalibrationJsonContext : JsonSerializerContext;
