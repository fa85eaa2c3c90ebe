using System.Text.Json.Serialization;

namespace Simulator.Output.Manifests;

/// <summary>One file of a folder's manifest.</summary>
public sealed record ManifestEntry
{
    /// <summary>File name inside the folder (never a path).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The command that wrote it: run, sweep, sample, sensitivity, report or merge.</summary>
    [JsonPropertyName("written_by")]
    public required string WrittenBy { get; init; }

    /// <summary>True when the file holds only part of what was asked (a cancelled run or study).</summary>
    [JsonPropertyName("partial")]
    public bool Partial { get; init; }

    /// <summary>Length in bytes.</summary>
    [JsonPropertyName("bytes")]
    public long Bytes { get; init; }

    /// <summary>SHA-256 of the content, lowercase hex.</summary>
    [JsonPropertyName("sha256")]
    public required string Sha256 { get; init; }
}
