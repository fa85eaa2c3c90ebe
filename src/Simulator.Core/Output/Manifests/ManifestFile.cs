using System.Text.Encodings.Web;
using System.Text.Json;
using Simulator.Storage;

namespace Simulator.Output.Manifests;

/// <summary>Reads and writes a folder's manifest.json (atomically; read without following links, size-limited).</summary>
public static class ManifestFile
{
    /// <summary>Largest manifest read.</summary>
    public const long MaxBytes = 16L << 20;

    /// <summary>The manifest's path in <paramref name="folder"/>.</summary>
    public static string PathIn(string folder) => Path.Combine(folder, OutputFiles.Manifest);

    /// <summary>Writes <paramref name="manifest"/> into <paramref name="folder"/>, or removes the file when it lists nothing.</summary>
    public static void Write(string folder, FolderManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (manifest.Files.Count == 0)
        {
            SafeFile.Remove(PathIn(folder));
            return;
        }
        var listed = manifest with { Partial = manifest.Files.Any(f => f.Partial) };
        AtomicFile.Write(PathIn(folder), stream =>
        {
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                JsonSerializer.Serialize(json, listed, ManifestJsonContext.Default.FolderManifest);
            }
            stream.WriteByte((byte)'\n');
        });
    }

    /// <summary>
    /// The manifest of <paramref name="folder"/>, or null when it has none. Throws
    /// <see cref="UnsafeFileException"/> when it is a link, a special file, too large, not a
    /// manifest, or names a file outside the folder.
    /// </summary>
    public static FolderManifest? TryRead(string folder)
    {
        var path = PathIn(folder);
        if (SafeFile.KindOf(path) == FileKind.Missing) return null;
        var bytes = SafeFile.ReadAllBytes(path, MaxBytes);
        FolderManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(bytes, ManifestJsonContext.Default.FolderManifest);
        }
        catch (JsonException e)
        {
            throw new UnsafeFileException($"{path}: not a valid manifest ({e.Message})");
        }
        if (manifest is null || manifest.SchemaVersion != FolderManifest.CurrentSchema)
        {
            throw new UnsafeFileException($"{path}: not a manifest of schema {FolderManifest.CurrentSchema}");
        }
        foreach (var entry in manifest.Files)
        {
            if (!OutputFiles.IsPlainName(entry.Name))
            {
                throw new UnsafeFileException($"{path}: lists '{entry.Name}', which is not a plain file name inside the folder");
            }
        }
        return manifest;
    }

    /// <summary>An entry for a file just written by <paramref name="command"/>.</summary>
    public static ManifestEntry Entry(WrittenFile file, string command, bool partial) => new()
    {
        Name = file.Name,
        WrittenBy = command,
        Partial = partial,
        Bytes = file.Bytes,
        Sha256 = file.Sha256,
    };
}
