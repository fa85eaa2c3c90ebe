using System.Text.Json.Serialization;
using Simulator.Output.Manifests;
using Simulator.Output.Summaries;

namespace Simulator.Output;

/// <summary>
/// The source-generated serialization of every JSON output that is also read back (summary.json,
/// manifest.json): written and read through the same types, so each key is named once.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(FiniteDoubleConverter)])]
[JsonSerializable(typeof(SummaryDocument))]
[JsonSerializable(typeof(FolderManifest))]
public sealed partial class OutputJsonContext : JsonSerializerContext;
