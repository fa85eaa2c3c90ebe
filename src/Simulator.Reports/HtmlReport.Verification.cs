using System.Globalization;
using System.Text;

namespace Simulator.Reports;

/// <summary>The report's verification section: verdict charts, how fast verdicts came, and the confusion tables.</summary>
public static partial class HtmlReport
{
    private static void Verification(StringBuilder html, ReportContent content)
    {
        var run = content.Run;
        html.Append("<section id=\"verification\">\n<h2>How verification performed</h2>\n");
        html.Append("<p>Claims are allegations that the other side broke a commitment. A <em>true</em> claim matches what really happened; an <em>unfounded</em> one does not. ")
            .Append("A good mechanism confirms true claims and refutes unfounded ones. Counts are summed over all simulated futures; ")
            .Append("a regime without a mechanism delivers no verdicts (each side judges claims itself).</p>\n");
        Figure(html, content.Verification);
        foreach (var r in run.Regimes.Where(r => r.Verification is { AnyVerdict: true }))
        {
            var v = r.Verification!;
            html.Append("<h3>").Append(H(r.Name)).Append("</h3>\n<table class=\"confusion\">\n<thead><tr><th>Claims \\ verdict</th><th>Confirmed</th><th>Refuted</th><th>Inconclusive</th><th>Total</th></tr></thead>\n<tbody>\n");
            ConfusionRow(html, "True claims", v.True);
            ConfusionRow(html, "Unfounded claims", v.Unfounded);
            html.Append("</tbody></table>\n");
        }
        // Two tables of at most eight columns, each in a wrapper that scrolls rather than overflow the page's column.
        html.Append("<div class=\"table-wrap\">\n<table>\n<caption class=\"note\">Verification performance and load per regime</caption>\n<thead><tr><th>Regime</th><th>Sensitivity achieved</th><th>Specificity achieved</th>")
            .Append("<th>Mean days to verdict</th><th>Largest backlog</th><th>Access refusals</th><th>Remedies</th><th>Retaliations</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < run.Regimes.Count; i++)
        {
            var r = run.Regimes[i];
            var v = r.Verification;
            html.Append("<tr><td>").Append(Swatch(Palette.RegimeHex(i))).Append(H(r.Name)).Append("</td>");
            if (v is null)
            {
                html.Append("<td colspan=\"7\">–</td></tr>\n");
                continue;
            }
            html.Append("<td>").Append(v.Sensitivity is { } se ? Words.Percent(se) : "–").Append("</td>");
            html.Append("<td>").Append(v.Specificity is { } sp ? Words.Percent(sp) : "–").Append("</td>");
            html.Append("<td>").Append(v.MeanDaysToVerdict is { } d ? Words.Days(d) : "–").Append("</td>");
            html.Append("<td>").Append(Words.Count(v.MaxBacklog)).Append("</td><td>").Append(Words.Count(v.AccessRefusals)).Append("</td><td>")
                .Append(Words.Count(v.Remedies)).Append("</td><td>").Append(Words.Count(v.Retaliations)).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n</div>\n");
        var extraKeys = run.Regimes.SelectMany(r => r.Verification?.Extra.Select(e => e.Key) ?? []).Distinct().ToList();
        if (extraKeys.Count > 0)
        {
            html.Append("<div class=\"table-wrap\">\n<table>\n<caption class=\"note\">Escalation and verdict times per regime</caption>\n<thead><tr><th>Regime</th>");
            foreach (var key in extraKeys) html.Append("<th>").Append(H(Words.Capitalised(Words.Spaced(key)))).Append("</th>");
            html.Append("</tr></thead>\n<tbody>\n");
            for (var i = 0; i < run.Regimes.Count; i++)
            {
                var r = run.Regimes[i];
                html.Append("<tr><td>").Append(Swatch(Palette.RegimeHex(i))).Append(H(r.Name)).Append("</td>");
                foreach (var key in extraKeys)
                {
                    var extra = r.Verification?.Extra.Where(e => e.Key == key).Select(e => (double?)e.Value).FirstOrDefault();
                    html.Append("<td>").Append(extra is { } x ? H(Words.Number(x, "0.###")) : "–").Append("</td>");
                }
                html.Append("</tr>\n");
            }
            html.Append("</tbody></table>\n</div>\n");
        }
        CostTable.Write(html, run);
        Figure(html, content.VerdictTime);
        html.Append("</section>\n");
    }

    private static void ConfusionRow(StringBuilder html, string label, long[] counts)
    {
        var total = counts.Sum();
        html.Append("<tr><th scope=\"row\" class=\"text\">").Append(label).Append("</th>");
        for (var k = 0; k < 3; k++)
        {
            var share = total == 0 ? 0 : (double)counts[k] / total;
            // Tinted with the verdict's own colour, as in the verification chart (the darker, the larger the share).
            var hue = Palette.VerdictHex[k];
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"cell\" style=\"background: color-mix(in srgb, {hue} {(int)Math.Round(8 + 32 * share)}%, white)\">")
                .Append(Words.Count(counts[k])).Append(" <span class=\"note\">(").Append(total == 0 ? "–" : Words.Percent(share)).Append(")</span></td>");
        }
        html.Append("<td>").Append(Words.Count(total)).Append("</td></tr>\n");
    }
}
