using System.Text.Json.Serialization;

namespace Simulator.Output.Manifests;

/// <summary>
/// manifest.json: the list of every file of a folder's outputs with its length and SHA-256, written
/// last (docs/output-format.md). Readers (report, resume's checks, merge) trust only the files it
/// lists, with the bytes it records; a folder without it holds no finished output.
/// </summary>
public sealed record FolderManifest
{
    /// <summary>Schema version of manifest.json.</summary>
    public const int CurrentSchema = 1;

    /// <summary>Schema version.</summary>
    [JsonPropertyName("schema_version")]
    public int SchemaVersion { get; init; } = CurrentSchema;

    /// <summary>True when any listed file is partial (a cancelled run or study).</summary>
    [JsonPropertyName("partial")]
    public bool Partial { get; init; }

    /// <summary>The files, in the order they were written.</summary>
    [JsonPropertyName("files")]
    public IReadOnlyList<ManifestEntry> Files { get; init; } = [];

    /// <summary>The entry of <paramref name="name"/>, or null when the manifest does not list it.</summary>
    public ManifestEntry? Find(string name) => Files.FirstOrDefault(f => f.Name == name);
}
