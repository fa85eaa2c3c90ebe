using System.Text;

namespace Simulator.Storage;

/// <summary>
/// Writes a file so that its final name only ever holds complete content: write to a temporary
/// name beside it, flush to disk, then rename over the final name. A crash leaves at worst a
/// stray temporary file, never a truncated output.
/// </summary>
public static class AtomicFile
{
    /// <summary>Suffix of temporary files (documented so users know they may delete them).</summary>
    public const string TemporarySuffix = ".partial";

    /// <summary>Writes <paramref name="content"/> as UTF-8 (no BOM, \n line ends as given).</summary>
    public static void WriteAllText(string path, string content) =>
        Write(path, stream =>
        {
            var bytes = new UTF8Encoding(false).GetBytes(content);
            stream.Write(bytes, 0, bytes.Length);
        });

    /// <summary>Writes through a callback into the temporary file, then publishes it.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var temporary = TemporaryPath(path);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
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
