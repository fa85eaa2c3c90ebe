using System.Text;

namespace Simulator.Storage;

/// <summary>
/// Writes a file so that its final name only ever holds complete content: write to a temporary
/// name beside it (created new: a file or link already there is removed, never followed), flush to
/// disk, then rename over the final name (a rename replaces a link at the final name; it never
/// writes through it). A crash leaves at worst a stray temporary file, never a truncated output.
/// </summary>
public static class AtomicFile
{
    /// <summary>Suffix of temporary files (documented so users know they may delete them).</summary>
    public const string TemporarySuffix = ".partial";

    /// <summary>Writes <paramref name="content"/> as UTF-8 (no BOM, \n line ends as given).</summary>
    public static WrittenFile WriteAllText(string path, string content) =>
        Write(path, stream => stream.Write(new UTF8Encoding(false).GetBytes(content)));

    /// <summary>Writes through a callback into the temporary file, then publishes it; returns its length and hash.</summary>
    public static WrittenFile Write(string path, Action<Stream> write)
    {
        var temporary = TemporaryPath(path);
        try
        {
            WrittenFile written;
            using (var file = SafeFile.CreateNew(temporary))
            {
                using (var hashing = new HashingStream(file, leaveOpen: true))
                {
                    write(hashing);
                    hashing.Flush();
                    written = new WrittenFile(path, hashing.Length, hashing.CurrentHash());
                }
                file.Flush(flushToDisk: true);
            }
            Publish(temporary, path);
            return written;
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Renames a complete temporary file over its final name (replacing a file or link there, never following it).</summary>
    public static void Publish(string temporary, string path)
    {
        if (SafeFile.KindOf(path) == FileKind.Folder) throw new UnsafeFileException($"{path}: is a folder where a file belongs");
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The temporary name used for <paramref name="path"/>.</summary>
    public static string TemporaryPath(string path) => path + TemporarySuffix;

    /// <summary>Deletes a file if it exists, ignoring failures (cleanup only).</summary>
    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
