using Simulator.Cli.Hosting;
using Simulator.Storage;

namespace Simulator.Cli.Running;

/// <summary>Creates the output folder and proves it is writable before any trial runs.</summary>
internal static class OutputFolder
{
    public static string Prepare(string folder)
    {
        try
        {
            var full = Path.GetFullPath(folder);
            if (File.Exists(full))
            {
                throw new UserInputException($"--out '{folder}' is a file, not a folder. Give a folder (it is created if missing).");
            }
            Directory.CreateDirectory(full);
            var probe = Path.Combine(full, ".write-check" + AtomicFile.TemporarySuffix);
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserInputException($"--out '{folder}' cannot be written: {e.Message.TrimEnd('.')}. Choose a folder you can write to.");
        }
    }
}
