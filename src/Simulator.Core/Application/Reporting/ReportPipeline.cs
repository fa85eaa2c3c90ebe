using Simulator.Application.Folders;

namespace Simulator.Application.Reporting;

/// <summary>
/// `report DIR`: writes report.html (and with plots each chart) into a run folder as its one writer
/// (a run, resume, study or merge writing DIR at the same time is refused, and so is this report
/// while they write), reading only what the folder's manifest lists, then lists the new files in it.
/// </summary>
/// <param name="writer">Draws the report (Simulator.Reports).</param>
public sealed class ReportPipeline(IReportWriter writer)
{
    /// <summary>Writes the report of <paramref name="folder"/>; returns the file names written. Throws <see cref="InputRejectedException"/> for a folder it cannot report on.</summary>
    public IReadOnlyList<string> Write(string folder, bool plots, PlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        options ??= PlotOptions.Default;
        if (options.Problems(plots) is { Count: > 0 } problems) throw new InputRejectedException(problems, null);
        if (!Directory.Exists(folder))
        {
            throw new InputRejectedException(folder, "is not a folder: give the folder a run wrote with --out");
        }
        using var session = FolderSession.Continue(folder, folder, "report");
        session.BeginWriting();
        var written = writer.Write(session.Folder, html: true, plots, options);
        session.AddExisting(written, session.HoldsPartial);
        session.Publish();
        return written;
    }
}
