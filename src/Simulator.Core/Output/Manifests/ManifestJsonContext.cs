using System.Text.Json.Serialization;

namespace Simulator.Output.Manifests;

/// <summary>The source-generated serialization of manifest.json, written and read through <see cref="FolderManifest"/>.</summary>
[JsonSerializable(typeof(FolderManifest))]
public sealed partial class ManifestJsonContext : JsonSerializerContext;
