using Simulator.Storage;

namespace Simulator.Application.Runs;

/// <summary>Creates the output folder and proves it is writable before any trial runs.</summary>
internal static class OutputFolder
{
    /// <summary>The full path of <paramref name="folder"/>, created and proved writable; <paramref name="option"/> names it in problems.</summary>
    public static string Prepare(string folder, string option = "--out")
    {
        try
        {
            var full = Path.GetFullPath(folder);
            if (File.Exists(full))
            {
                throw new InputRejectedException(option, $"'{folder}' is a file, not a folder. Give a folder (it is created if missing).");
            }
            Directory.CreateDirectory(full);
            var probe = Path.Combine(full, ".write-check" + AtomicFile.TemporarySuffix);
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputRejectedException(option, $"'{folder}' cannot be written: {e.Message.TrimEnd('.')}. Choose a folder you can write to.");
        }
    }
}
