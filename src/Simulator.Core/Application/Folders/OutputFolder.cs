using Simulator.Storage;

namespace Simulator.Application.Folders;

/// <summary>Creates an output folder and proves it is writable before any trial runs.</summary>
internal static class OutputFolder
{
    /// <summary>The full path of <paramref name="folder"/>, created; <paramref name="option"/> names it in problems.</summary>
    public static string Create(string folder, string option)
    {
        try
        {
            var full = Path.GetFullPath(folder);
            if (File.Exists(full))
            {
                throw new InputRejectedException(option, $"'{folder}' is a file, not a folder. Give a folder (it is created if missing).");
            }
            Directory.CreateDirectory(full);
            return full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw Unwritable(folder, option, e);
        }
    }

    /// <summary>Writes and removes a probe file (created new: never through a link), so an unwritable folder is refused now.</summary>
    public static void ProveWritable(string full, string option)
    {
        try
        {
            var probe = Path.Combine(full, ".write-check" + AtomicFile.TemporarySuffix);
            SafeFile.CreateNew(probe).Dispose();
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unwritable(full, option, e);
        }
    }

    private static InputRejectedException Unwritable(string folder, string option, Exception e) =>
        new(option, $"'{folder}' cannot be written: {e.Message.TrimEnd('.')}. Choose a folder you can write to.");
}
