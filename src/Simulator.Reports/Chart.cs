using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ScottPlot;
using Simulator.Application.Reporting;
using Simulator.Output;
using SkiaSharp;

namespace Simulator.Reports;

/// <summary>
/// One chart of the report: a ScottPlot plot (or a hand-laid SVG for state machines) with a title
/// and a text alternative. Renders to inline SVG for report.html and to PNG/SVG files for --plots.
/// </summary>
public sealed partial class Chart
{
    private readonly Plot? _plot;
    private readonly string? _svg;

    private Chart(string id, string title, string description, Plot? plot, string? svg, int width, int height)
    {
        Id = id;
        Title = title;
        Description = description;
        _plot = plot;
        _svg = svg;
        Width = width;
        Height = height;
    }

    /// <summary>A ScottPlot chart.</summary>
    public static Chart FromPlot(string id, string title, string description, Plot plot, int width, int height) =>
        new(id, title, description, plot, null, width, height);

    /// <summary>A chart already drawn as SVG (root element with width, height and viewBox).</summary>
    public static Chart FromSvg(string id, string title, string description, string svg, int width, int height) =>
        new(id, title, description, null, svg, width, height);

    /// <summary>Identifier: used in file names (<c>ID.png</c>) and as the figure's <c>data-chart</c>.</summary>
    public string Id { get; }

    /// <summary>Title (also drawn in exported files).</summary>
    public string Title { get; }

    /// <summary>Text alternative: what the chart shows, in words and numbers.</summary>
    public string Description { get; }

    /// <summary>What the chart leaves out, said under it (null when it shows everything).</summary>
    public string? Note { get; private init; }

    /// <summary>This chart with a note saying what it does not show.</summary>
    public Chart WithNote(string? note) => new(Id, Title, Description, _plot, _svg, Width, Height) { Note = note };

    /// <summary>Pixel width.</summary>
    public int Width { get; }

    /// <summary>Pixel height.</summary>
    public int Height { get; }


    /// <summary>
    /// The SVG to inline in HTML: no XML declaration, element ids made unique to this chart (several
    /// SVGs share one document), scalable (viewBox), with role="img", an aria-label and a title.
    /// </summary>
    public string InlineSvg()
    {
        var svg = RawSvg(withTitle: false);
        svg = XmlDeclaration().Replace(svg, "");
        svg = StableIds(svg, "c-" + Id + "-");
        var label = WebUtility.HtmlEncode(Title);
        var open = SvgOpen().Match(svg);
        if (!open.Success) return svg;
        var attributes = open.Groups[1].Value;
        if (!attributes.Contains("viewBox", StringComparison.Ordinal)) attributes += $" viewBox=\"0 0 {Width} {Height}\"";
        var replacement = $"<svg{attributes} role=\"img\" aria-label=\"{label}\" preserveAspectRatio=\"xMidYMid meet\"><title>{label}</title>";
        return svg[..open.Index] + replacement + svg[(open.Index + open.Length)..];
    }

    /// <summary>
    /// Writes <c>ID.svg</c> and, for plots, <c>ID.png</c> into <paramref name="folder"/>; returns the
    /// names. An id that is not a short plain name (it holds a regime id or a parameter path) is
    /// written under a bounded slug with a hash suffix (<see cref="OutputFiles.NameFor"/>).
    /// </summary>
    public IReadOnlyList<string> Save(string folder) => Save(folder, PlotOptions.Default);

    /// <summary>
    /// As <see cref="Save(string)"/>, drawn as <paramref name="options"/> asks: at its width (the
    /// height scaled with it), its PNG at its resolution, and with <c>ID.pdf</c> when it asks for PDF.
    /// </summary>
    public IReadOnlyList<string> Save(string folder, PlotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var written = new List<string>();
        var svgName = OutputFiles.NameFor(Id, ".svg");
        // Element ids numbered per chart (as the inline SVG's), prefixed with the file's safe stem.
        Simulator.Storage.AtomicFile.WriteAllText(Path.Combine(folder, svgName), StableIds(RawSvg(withTitle: true).TrimStart(), svgName[..^".svg".Length] + "-"));
        written.Add(svgName);
        if (_plot is not null)
        {
            var width = options.Width ?? Width;
            var height = (int)Math.Round(Height * (double)width / Width);
            var scale = options.Dpi / 96.0;
            var pngName = OutputFiles.NameFor(Id, ".png");
            WithTitle(() =>
            {
                var bytes = scale == 1 ? _plot.GetImageBytes(width, height, ImageFormat.Png) : ScaledPng(width, height, scale);
                Simulator.Storage.AtomicFile.Write(Path.Combine(folder, pngName), s => s.Write(bytes, 0, bytes.Length));
            });
            written.Add(pngName);
            if (options.Pdf)
            {
                var pdfName = OutputFiles.NameFor(Id, ".pdf");
                WithTitle(() => Simulator.Storage.AtomicFile.Write(Path.Combine(folder, pdfName), s => Pdf(s, width, height, options.Dpi)));
                written.Add(pdfName);
            }
        }
        return written;
    }

    // The plot drawn at width × height CSS pixels onto a canvas scale times larger (dpi / 96).
    private byte[] ScaledPng(int width, int height, double scale)
    {
        using var surface = SKSurface.Create(new SKImageInfo((int)Math.Round(width * scale), (int)Math.Round(height * scale)));
        surface.Canvas.Scale((float)scale);
        _plot!.Render(surface.Canvas, width, height);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    // One PDF page of the chart's size (a CSS pixel is 0.75 pt), vector, with rasterised parts at dpi; no date in the file.
    private void Pdf(Stream output, int width, int height, int dpi)
    {
        using var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { RasterDpi = dpi, Producer = "truce-sim", Creator = "truce-sim report" });
        var canvas = document.BeginPage(width * 0.75f, height * 0.75f);
        canvas.Scale(0.75f);
        _plot!.Render(canvas, width, height);
        document.EndPage();
        document.Close();
    }

    /// <summary>
    /// Renames every element id to <paramref name="prefix"/> and its rank of appearance: the SVG
    /// library numbers clip paths with a counter shared by the whole process, so without this the
    /// bytes of a chart would depend on how many were drawn before it (a server draws many).
    /// </summary>
    private static string StableIds(string svg, string prefix)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in IdAttribute().Matches(svg)) names.TryAdd(m.Groups[1].Value, prefix + (names.Count + 1).ToString(CultureInfo.InvariantCulture));
        string Name(string old) => names.GetValueOrDefault(old, prefix + old);
        svg = IdAttribute().Replace(svg, m => $"id=\"{Name(m.Groups[1].Value)}\"");
        svg = UrlReference().Replace(svg, m => $"url(#{Name(m.Groups[1].Value)})");
        return HrefReference().Replace(svg, m => $"{m.Groups[1].Value}=\"#{Name(m.Groups[2].Value)}\"");
    }

    private string RawSvg(bool withTitle)
    {
        if (_plot is null) return _svg!;
        string svg = "";
        if (withTitle) WithTitle(() => svg = _plot.GetSvgXml(Width, Height));
        else svg = _plot.GetSvgXml(Width, Height);
        return svg;
    }

    private void WithTitle(Action render)
    {
        _plot!.Title(Title, 16);
        try
        {
            render();
        }
        finally
        {
            _plot.Title(false);
        }
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex("(href|xlink:href)=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();

    [GeneratedRegex(@"<svg\b([^>]*)>")]
    private static partial Regex SvgOpen();
}
