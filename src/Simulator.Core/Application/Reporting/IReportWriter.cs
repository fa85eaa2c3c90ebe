namespace Simulator.Application.Reporting;

/// <summary>
/// Writes the HTML report and chart files of a run folder. Implemented by Simulator.Reports and
/// given to the application by the front end, so the layer that runs never depends on the one that draws.
/// </summary>
public interface IReportWriter
{
    /// <summary>Reads <paramref name="folder"/> and writes report.html (<paramref name="html"/>) and each chart as PNG and SVG (<paramref name="plots"/>); returns the file names written.</summary>
    IReadOnlyList<string> Write(string folder, bool html, bool plots);

    /// <summary>As <see cref="Write(string, bool, bool)"/>, with the chart files drawn as <paramref name="options"/> asks (size, resolution, PDF).</summary>
    IReadOnlyList<string> Write(string folder, bool html, bool plots, PlotOptions options) => Write(folder, html, plots);
}
