using System.Text;
using Simulator.Studies.Robustness;

namespace Simulator.Reports;

/// <summary>The report's sections on decisions: cost against durability, scenario discovery and robustness across worlds.</summary>
public static partial class HtmlReport
{
    // A sample's folder (no run): its discovery and robustness only.
    private static string RenderStudy(ReportContent content)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>Decisions across plausible worlds</title>\n");
        html.Append("<script>\n").Append(Script).Append("</script>\n");
        html.Append("<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");
        html.Append("<header>\n<h1>Decisions across plausible worlds</h1>\n<p class=\"lead\">")
            .Append(H($"The points of the sample in {content.Run.Folder}: where a regime's outcome occurs, and which regime is robust across them.")).Append("</p>\n</header>\n");
        html.Append("<nav aria-label=\"Contents\"><strong>Contents</strong><ol>\n");
        if (content.Run.Discovery is not null) html.Append("<li><a href=\"#discovery\">Where the outcome occurs</a></li>\n");
        if (content.Run.Robustness is not null) html.Append("<li><a href=\"#robustness\">Robustness across worlds</a></li>\n");
        html.Append("</ol></nav>\n");
        DiscoverySection(html, content);
        RobustnessSection(html, content);
        html.Append("<footer>\n<p>The numbers come from <code>discovery.json</code>, <code>robustness.csv</code> and <code>robustness-frontier.csv</code> beside this report; ")
            .Append("<code>docs/decisions.md</code> explains them.</p>\n</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void FrontierSection(StringBuilder html, ReportContent content)
    {
        if (content.Frontier is null) return;
        html.Append("<section id=\"frontier\">\n<h2>Cost against durability</h2>\n<p>")
            .Append(H("Each regime at its cost per simulated future against the probability that the truce holds the whole horizon, with its 95% interval. "
                + "A regime is Pareto-efficient (filled square) when no other costs no more and holds at least as often; the dashed line joins the efficient regimes."))
            .Append("</p>\n");
        var efficient = (content.Run.Summary.Frontier ?? []).Where(f => f.Efficient).Select(f => f.Regime).ToList();
        if (efficient.Count > 0) html.Append("<p>").Append(H($"Efficient: {string.Join(", ", efficient)}.")).Append("</p>\n");
        Figure(html, content.Frontier, withHeading: false);
        html.Append("</section>\n");
    }

    private static void DiscoverySection(StringBuilder html, ReportContent content)
    {
        if (content.Run.Discovery is not { } d) return;
        html.Append("<section id=\"discovery\">\n<h2>Where the outcome occurs (scenario discovery)</h2>\n<p>")
            .Append(H($"{d.CasesOfInterest} of {d.Cases} points have {d.Question}. PRIM peels the parameter space towards the region where such points are dense; "
                + "coverage is the share of those points inside a box, density the share of the box that they make up."))
            .Append("</p>\n");
        if (d.Boxes.Count == 0)
        {
            html.Append("<p>").Append(H("No box: no region holds these points more densely than the whole sample.")).Append("</p>\n");
        }
        else
        {
            var chosen = d.Boxes[0];
            html.Append("<p>").Append(H($"The chosen box holds {Words.Percent(chosen.Coverage)} of them at a density of {Words.Percent(chosen.Density)} ({Words.Percent(chosen.Mass)} of all points):"))
                .Append("</p>\n<table>\n<caption class=\"note\">Boxes in turn, only restricted parameters; quasi-p: how likely the restriction's gain by chance (Bryant and Lempert 2010)</caption>\n")
                .Append("<thead><tr><th>Box</th><th>Coverage</th><th>Density</th><th>Parameter</th><th>Lower</th><th>Upper</th><th>Quasi-p</th></tr></thead>\n<tbody>\n");
            foreach (var box in d.Boxes)
            {
                foreach (var limit in box.Limits)
                {
                    html.Append("<tr><td>").Append(box.Number).Append("</td><td>").Append(Words.Percent(box.Coverage)).Append("</td><td>").Append(Words.Percent(box.Density))
                        .Append("</td><td>").Append(H(limit.Parameter)).Append("</td><td>").Append(Words.Number(limit.Lower, "G4")).Append("</td><td>").Append(Words.Number(limit.Upper, "G4"))
                        .Append("</td><td>").Append(limit.QuasiP is { } q ? Words.Number(q, "0.###e+0") : "–").Append("</td></tr>\n");
                }
            }
            html.Append("</tbody></table>\n");
        }
        Figure(html, content.Trajectory);
        html.Append("</section>\n");
    }

    private static void RobustnessSection(StringBuilder html, ReportContent content)
    {
        if (content.Run.Robustness is not { } table) return;
        var rows = table.Rows.Select(r => new RobustnessRow(table.Text(r, "regime"), table.Text(r, "measure"), (int)(table.Number(r, "worlds") ?? 0),
            N(table.Number(r, "mean")), N(table.Number(r, "p10")), N(table.Number(r, "p50")), N(table.Number(r, "p90")), N(table.Number(r, "min")), N(table.Number(r, "max")),
            N(table.Number(r, "regret_mean")), N(table.Number(r, "regret_p90")), N(table.Number(r, "regret_max")), table.Number(r, "satisficed_share"))).ToList();
        var holds = rows.Select(r => r.Measure).FirstOrDefault(m => m.StartsWith("holds_", StringComparison.Ordinal));
        html.Append("<section id=\"robustness\">\n<h2>Robustness across worlds</h2>\n");
        if (holds is not null)
        {
            var satisfice = table.Rows.Where(r => table.Text(r, "measure") == holds).Select(r => table.Text(r, "satisfice")).FirstOrDefault(t => t.Length > 0);
            html.Append("<p class=\"verdict\">").Append(H(RobustnessAnalysis.Verdict(rows, holds, higherIsBetter: true).Sentence(satisfice))).Append("</p>\n");
        }
        html.Append("<table>\n<caption class=\"note\">Per measure and regime across the worlds: mean, 10th–90th percentile, regret against the best regime of each world, share meeting the threshold</caption>\n")
            .Append("<thead><tr><th>Measure</th><th>Regime</th><th>Mean</th><th>P10–P90</th><th>Mean regret</th><th>Max regret</th><th>Meets threshold</th></tr></thead>\n<tbody>\n");
        foreach (var r in rows)
        {
            html.Append("<tr><td>").Append(H(r.Measure)).Append("</td><td>").Append(H(r.Regime)).Append("</td><td>").Append(Words.Number(r.Mean, "0.###"))
                .Append("</td><td>").Append(Words.Number(r.P10, "0.###")).Append("–").Append(Words.Number(r.P90, "0.###"))
                .Append("</td><td>").Append(Words.Number(r.RegretMean, "0.###")).Append("</td><td>").Append(Words.Number(r.RegretMax, "0.###"))
                .Append("</td><td>").Append(r.Satisficed is { } s ? Words.Percent(s) : "–").Append("</td></tr>\n");
        }
        html.Append("</tbody></table>\n");
        Figure(html, content.WorldsFrontier);
        html.Append("</section>\n");
    }

    private static double N(double? value) => value ?? double.NaN;
}
