using Simulator.Application;
using Simulator.Application.Reporting;
using Simulator.Storage;

namespace Simulator.Reports;

/// <summary>Writes report.html and/or the chart files (--plots) into a run's output folder.</summary>
public sealed class ReportWriter : IReportWriter
{
    /// <summary>Reads <paramref name="folder"/>, then writes what is asked; returns the file names written.</summary>
    /// <exception cref="InputRejectedException">The folder lacks a readable run (names the file and what to do).</exception>
    public IReadOnlyList<string> Write(string folder, bool html, bool plots)
    {
        try
        {
            return WriteFiles(folder, html, plots);
        }
        catch (ReportInputException e)
        {
            throw new InputRejectedException(folder, e.Message.TrimEnd('.'));
        }
    }

    private static IReadOnlyList<string> WriteFiles(string folder, bool html, bool plots)
    {
        var content = ReportContent.Build(RunFolder.Read(folder));
        var written = new List<string>();
        if (plots)
        {
            foreach (var chart in content.Charts) written.AddRange(chart.Save(folder));
        }
        if (html)
        {
            AtomicFile.WriteAllText(Path.Combine(folder, HtmlReport.FileName), HtmlReport.Render(content));
            written.Add(HtmlReport.FileName);
        }
        return written;
    }
}
