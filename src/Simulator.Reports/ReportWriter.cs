using Simulator.Application;
using Simulator.Application.Reporting;
using Simulator.Storage;

namespace Simulator.Reports;

/// <summary>Writes report.html and/or the chart files (--plots) into a run's output folder.</summary>
public sealed class ReportWriter : IReportWriter
{
    /// <summary>Reads <paramref name="folder"/>, then writes what is asked; returns the file names written.</summary>
    /// <exception cref="InputRejectedException">The folder lacks a readable run (names the file and what to do).</exception>
    public IReadOnlyList<string> Write(string folder, bool html, bool plots) => Write(folder, html, plots, PlotOptions.Default);

    /// <summary>As <see cref="Write(string, bool, bool)"/>, the chart files drawn as <paramref name="options"/> asks.</summary>
    public IReadOnlyList<string> Write(string folder, bool html, bool plots, PlotOptions options)
    {
        try
        {
            return WriteFiles(folder, html, plots, options);
        }
        catch (ReportInputException e)
        {
            throw new InputRejectedException(folder, e.Message.TrimEnd('.'));
        }
    }

    private static IReadOnlyList<string> WriteFiles(string folder, bool html, bool plots, PlotOptions options)
    {
        var content = ReportContent.Build(RunFolder.Read(folder));
        var written = new List<string>();
        if (plots)
        {
            foreach (var chart in content.Charts) written.AddRange(chart.Save(folder, options));
        }
        if (html)
        {
            AtomicFile.WriteAllText(Path.Combine(folder, HtmlReport.FileName), HtmlReport.Render(content));
            written.Add(HtmlReport.FileName);
        }
        return written;
    }
}
