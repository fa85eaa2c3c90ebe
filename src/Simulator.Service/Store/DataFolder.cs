using Simulator.Output;
using Simulator.Output.Manifests;
using Simulator.Storage;

namespace Simulator.Service.Store;

/// <summary>
/// The --data folder: simulator.db and one folder per run under runs/. The only place the service
/// reads or writes; <see cref="RunFile"/> resolves a file name of the API to a path inside it or refuses.
/// </summary>
public sealed class DataFolder
{
    /// <summary>The files of a run folder the API serves, and nothing else.</summary>
    public static readonly IReadOnlyList<string> ServedFiles =
    [
        OutputFiles.Report, OutputFiles.Summary, OutputFiles.Survival, OutputFiles.Comparisons,
        OutputFiles.Causes, OutputFiles.Scenario, OutputFiles.Timing,
    ];

    /// <summary>Uses (creating if needed) <paramref name="path"/>.</summary>
    public DataFolder(string path)
    {
        Root = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.Combine(Root, "runs"));
    }

    /// <summary>The full path of the data folder.</summary>
    public string Root { get; }

    /// <summary>The folder of run <paramref name="id"/> (not created).</summary>
    public string RunFolder(long id) => Path.Combine(Root, "runs", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// The path of output file <paramref name="name"/> of run <paramref name="id"/>, or null when the
    /// name is not a served output, the run folder's manifest does not list it (not finished), or it is
    /// not a regular file (a link could point outside --data; a FIFO would block).
    /// </summary>
    public string? RunFile(long id, string name)
    {
        if (!ServedFiles.Contains(name, StringComparer.Ordinal)) return null;
        var folder = RunFolder(id);
        var path = Path.GetFullPath(Path.Combine(folder, name));
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        if (SafeFile.KindOf(folder) != FileKind.Folder || SafeFile.KindOf(path) != FileKind.Regular) return null;
        try
        {
            return ManifestFile.TryRead(folder)?.Find(name) is null ? null : path;
        }
        catch (UnsafeFileException)
        {
            return null; // a manifest that is a link, special or not a manifest lists nothing
        }
    }

    /// <summary>The served files run <paramref name="id"/> has, in <see cref="ServedFiles"/> order.</summary>
    public IReadOnlyList<string> FilesOf(long id) => ServedFiles.Where(name => RunFile(id, name) is not null).ToArray();
}
