using System.Globalization;
using System.Text.RegularExpressions;

namespace Simulator.Reports.Tests.Layout;

/// <summary>
/// The text of an SVG chart with an estimate of where each string is drawn: ScottPlot writes each
/// glyph's x offset after a translate, the hand-laid diagrams a plain x with a text-anchor. The box is
/// the glyphs' extent with the font's ascent above the baseline and its descent below.
/// </summary>
internal static partial class SvgText
{
    /// <summary>One drawn string and its estimated box.</summary>
    public sealed record Box(string Text, double Left, double Top, double Right, double Bottom);

    /// <summary>Each inline chart of a report: its data-chart id, the SVG and its viewBox size.</summary>
    public static IEnumerable<(string Id, string Svg, double Width, double Height)> Charts(string html)
    {
        foreach (Match figure in Figure().Matches(html))
        {
            var svg = SvgElement().Match(figure.Groups[2].Value);
            var box = ViewBox().Match(svg.Value);
            if (!svg.Success || !box.Success) continue;
            yield return (figure.Groups[1].Value, svg.Value, Number(box.Groups[1].Value), Number(box.Groups[2].Value));
        }
    }

    /// <summary>The boxes of every text element of <paramref name="svg"/>, through each element's own transform.</summary>
    public static IEnumerable<Box> Boxes(string svg)
    {
        // Graphviz draws everything in one group moved by translate(…): its texts are placed relative to it.
        var graph = GraphGroup().Match(svg);
        double gx = graph.Success ? Number(graph.Groups[1].Value) : 0, gy = graph.Success ? Number(graph.Groups[2].Value) : 0;
        foreach (Match m in TextElement().Matches(svg))
        {
            var attributes = m.Groups[1].Value;
            var text = System.Net.WebUtility.HtmlDecode(m.Groups[2].Value.Trim());
            if (text.Length == 0) continue;
            var size = Attribute(attributes, "font-size") is { } fs ? Number(fs) : 12;
            // The element's transform: translate(e f), or matrix(a b c d e f) (ScottPlot's rotated axis labels).
            double ma = 1, mb = 0, mc = 0, md = 1, tx = 0, ty = 0;
            var matrix = Matrix().Match(attributes);
            var translate = Translate().Match(attributes);
            if (matrix.Success)
            {
                var m6 = Numbers(matrix.Groups[1].Value);
                (ma, mb, mc, md, tx, ty) = (m6[0], m6[1], m6[2], m6[3], m6[4], m6[5]);
            }
            else if (translate.Success)
            {
                (tx, ty) = (Number(translate.Groups[1].Value), Number(translate.Groups[2].Value));
            }
            var xs = Numbers(Attribute(attributes, "x"));
            var ys = Numbers(Attribute(attributes, "y"));
            var baseline = ys.Length > 0 ? ys[0] : 0;
            double left, right;
            if (xs.Length > 1)
            {
                left = xs.Min();
                right = xs.Max() + 0.6 * size;
            }
            else
            {
                var x = xs.Length == 1 ? xs[0] : 0;
                var width = 0.55 * size * text.Length;
                (left, right) = Attribute(attributes, "text-anchor") switch
                {
                    "middle" => (x - width / 2, x + width / 2),
                    "end" => (x - width, x),
                    _ => (x, x + width),
                };
            }
            var top = baseline - 0.75 * size;
            var bottom = baseline + 0.2 * size;
            var corners = new[] { (left, top), (right, top), (left, bottom), (right, bottom) }
                .Select(p => (X: ma * p.Item1 + mc * p.Item2 + tx + gx, Y: mb * p.Item1 + md * p.Item2 + ty + gy)).ToArray();
            yield return new Box(text, corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y));
        }
    }

    private static string? Attribute(string attributes, string name)
    {
        var m = Regex.Match(attributes, "(?:^|\\s)" + Regex.Escape(name) + "=\"([^\"]*)\"");
        return m.Success ? m.Groups[1].Value : null;
    }

    private static double[] Numbers(string? list) => list is null ? [] :
        list.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Select(Number).ToArray();

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex("<figure data-chart=\"([^\"]+)\"[^>]*>(.*?)</figure>", RegexOptions.Singleline)]
    private static partial Regex Figure();

    [GeneratedRegex("<svg\\b.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgElement();

    [GeneratedRegex("viewBox=\"0(?:\\.0+)? 0(?:\\.0+)? ([0-9.]+) ([0-9.]+)\"")]
    private static partial Regex ViewBox();

    [GeneratedRegex("<text\\b([^>]*)>(.*?)</text>", RegexOptions.Singleline)]
    private static partial Regex TextElement();

    [GeneratedRegex("class=\"graph\" transform=\"[^\"]*translate\\(([-0-9.]+) ([-0-9.]+)\\)")]
    private static partial Regex GraphGroup();

    [GeneratedRegex("matrix\\(([-0-9.eE ,]+)\\)")]
    private static partial Regex Matrix();

    [GeneratedRegex("translate\\(([-0-9.eE]+)[ ,]+([-0-9.eE]+)\\)")]
    private static partial Regex Translate();
}
