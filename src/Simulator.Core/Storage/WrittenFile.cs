namespace Simulator.Storage;

/// <summary>A file as it was published: its final path, length and SHA-256 (lowercase hex), computed from the bytes written.</summary>
public sealed record WrittenFile(string Path, long Bytes, string Sha256)
{
    /// <summary>The file's name without its folder.</summary>
    public string Name => System.IO.Path.GetFileName(Path);
}
