using Simulator.Output;
using Simulator.Output.Discovery;
using Simulator.Output.Manifests;
using Simulator.Storage;

namespace Simulator.Application.Folders;

/// <summary>
/// The points of a sample or sweep folder, read as discover and robustness read them: only through
/// the folder's manifest (<see cref="TrustedFolder"/>), sample.csv first, else sweep.csv. Anything
/// else is refused (exit 2) saying what the folder lacks.
/// </summary>
/// <param name="Folder">The folder (full path).</param>
/// <param name="Table">The points.</param>
/// <param name="Partial">True when the study was cancelled and the file holds only its finished points.</param>
public sealed record PointsFolder(string Folder, StudyPointsTable Table, bool Partial)
{
    /// <summary>Reads <paramref name="folder"/>; <paramref name="command"/> names the reader in messages.</summary>
    public static PointsFolder Read(string folder, string command)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full)) throw new InputRejectedException(folder, "is not a folder: give the folder a sample or sweep wrote with --out");
        try
        {
            var trusted = TrustedFolder.Open(full);
            var name = trusted.Has(OutputFiles.Sample) ? OutputFiles.Sample : trusted.Has(OutputFiles.Sweep) ? OutputFiles.Sweep : null;
            if (name is null)
            {
                throw new InputRejectedException(folder, $"holds no {OutputFiles.Sample} or {OutputFiles.Sweep}: {command} reads the points of a sample or sweep; write one with 'sample FILE --out {folder}' first");
            }
            using var stream = trusted.OpenRead(name);
            var table = StudyPointsTable.Read(stream, Path.Combine(full, name));
            return new PointsFolder(full, table, trusted.Manifest.Find(name)?.Partial ?? false);
        }
        catch (FormatException e)
        {
            throw new InputRejectedException(folder, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputRejectedException(folder, e.Message);
        }
    }

    /// <summary>The regime's column of report days or the horizon: holds_&lt;day&gt;, or holds_horizon without a day.</summary>
    public string HoldsColumn(double? day, string option)
    {
        if (day is not { } d) return "holds_horizon";
        var days = Table.Days;
        if (!days.Contains(d))
        {
            throw new InputRejectedException(option, $"{PointsCsv.Day(d)} is not a report day of {Path.GetFileName(Table.File)}; allowed: {string.Join(", ", days.Select(PointsCsv.Day))} (or leave --day out for the horizon)");
        }
        return "holds_" + PointsCsv.Day(d);
    }
}
