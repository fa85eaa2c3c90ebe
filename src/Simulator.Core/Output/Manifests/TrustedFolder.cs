using Simulator.Storage;

namespace Simulator.Output.Manifests;

/// <summary>
/// A folder read only through its manifest: a file is opened only when manifest.json lists it,
/// never through a link, only when regular, and its bytes are checked against the recorded length
/// (while reading) and SHA-256 (at its end). What the manifest does not list does not exist for
/// the reader. Used by report, and by every command that reads another command's outputs.
/// </summary>
public sealed class TrustedFolder
{
    private TrustedFolder(string folder, FolderManifest manifest)
    {
        Folder = folder;
        Manifest = manifest;
    }

    /// <summary>The folder.</summary>
    public string Folder { get; }

    /// <summary>Its manifest.</summary>
    public FolderManifest Manifest { get; }

    /// <summary>Opens <paramref name="folder"/>; throws <see cref="UnsafeFileException"/> when it has no usable manifest (saying why).</summary>
    public static TrustedFolder Open(string folder)
    {
        var manifest = ManifestFile.TryRead(folder) ?? throw new UnsafeFileException(
            $"'{folder}' holds no finished output: it has no {OutputFiles.Manifest} (the list of finished files, written after {OutputFiles.Summary}). "
            + "Give a folder a run wrote with --out; an interrupted run is continued with run --resume DIR, a folder of an older version is written again with run --force");
        return new TrustedFolder(folder, manifest);
    }

    /// <summary>True when the manifest lists <paramref name="name"/>.</summary>
    public bool Has(string name) => Manifest.Find(name) is not null;

    /// <summary>Opens a listed file for streaming; the stream throws <see cref="UnsafeFileException"/> when its bytes differ from the manifest's.</summary>
    public Stream OpenRead(string name)
    {
        var entry = Manifest.Find(name) ?? throw new FileNotFoundException($"{Path.Combine(Folder, name)}: not listed in {OutputFiles.Manifest}", name);
        var path = Path.Combine(Folder, name);
        return new VerifyingStream(SafeFile.OpenRead(path), path, entry.Bytes, entry.Sha256);
    }

    /// <summary>A listed file's bytes, checked.</summary>
    public byte[] ReadAllBytes(string name)
    {
        using var stream = OpenRead(name);
        return SafeFile.ReadLimited(stream, Path.Combine(Folder, name), long.MaxValue);
    }
}
