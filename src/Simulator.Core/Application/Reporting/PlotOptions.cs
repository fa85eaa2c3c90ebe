using Simulator.Diagnostics;

namespace Simulator.Application.Reporting;

/// <summary>
/// How `report --plots` draws each chart file: its width in CSS pixels (the height scales with it;
/// null keeps each chart's own size), the resolution of its PNG and PDF (96 dpi draws one image
/// pixel per CSS pixel; 300 dpi about three), and whether a PDF is written beside the PNG and SVG.
/// </summary>
public sealed record PlotOptions
{
    /// <summary>The defaults: each chart's own size, 96 dpi, PNG and SVG only.</summary>
    public static PlotOptions Default { get; } = new();

    /// <summary>Smallest and largest --width.</summary>
    public const int MinWidth = 300, MaxWidth = 6000;

    /// <summary>Smallest and largest --dpi.</summary>
    public const int MinDpi = 48, MaxDpi = 1200;

    /// <summary>--width: chart width in CSS pixels, or null for each chart's own.</summary>
    public int? Width { get; init; }

    /// <summary>--dpi: resolution of PNG and PDF files (96 by default).</summary>
    public int Dpi { get; init; } = 96;

    /// <summary>--pdf: also write each chart as PDF.</summary>
    public bool Pdf { get; init; }

    /// <summary>The problems with these options (each naming its option and the allowed range).</summary>
    public IReadOnlyList<Problem> Problems(bool plots)
    {
        var problems = new List<Problem>();
        if (Width is { } w && w is < MinWidth or > MaxWidth)
        {
            problems.Add(new Problem { File = "--width", Message = $"must be between {MinWidth} and {MaxWidth} pixels; found {w}" });
        }
        if (Dpi is < MinDpi or > MaxDpi) problems.Add(new Problem { File = "--dpi", Message = $"must be between {MinDpi} and {MaxDpi}; found {Dpi}" });
        var given = Width is not null ? "--width" : Dpi != 96 ? "--dpi" : Pdf ? "--pdf" : null;
        if (!plots && given is not null) problems.Add(new Problem { File = given, Message = "applies to the chart files: give --plots too" });
        return problems;
    }
}
