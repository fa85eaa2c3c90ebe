using System.Text.Json.Serialization;
using Simulator.Output.Summaries;

namespace Simulator.Output;

/// <summary>
/// The source-generated serialization of summary.json and timing.json: each written and read through
/// the same types, so each key is named once (manifest.json has its own, <see cref="Manifests.ManifestJsonContext"/>).
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(FiniteDoubleConverter)])]
[JsonSerializable(typeof(SummaryDocument))]
[JsonSerializable(typeof(TimingDocument))]
public sealed partial class OutputJsonContext : JsonSerializerContext;
