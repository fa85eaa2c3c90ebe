using Simulator.Cli.Hosting;
using Simulator.Output;

namespace Simulator.Cli.Running;

/// <summary>Creates the output folder and proves it is writable before any trial runs.</summary>
internal static class OutputFolder
{
    public static string Prepare(string folder)
    {
        try
        {
            var full = Path.GetFullPath(folder);
            Directory.CreateDirectory(full);
            var probe = Path.Combine(full, ".write-check" + AtomicFile.TemporarySuffix);
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserInputException($"--out '{folder}' cannot be written: {e.Message}. Choose a folder you can write to.");
        }
    }
}
