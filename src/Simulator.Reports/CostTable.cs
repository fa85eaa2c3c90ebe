using System.Net;
using System.Text;

namespace Simulator.Reports;

/// <summary>The report's table of cost and intrusiveness per regime.</summary>
internal static class CostTable
{
    /// <summary>Appends the table when some regime reports a cost.</summary>
    public static void Write(StringBuilder html, RunFolder run)
    {
        if (run.Regimes.All(r => r.Cost is null)) return;
        html.Append("<table>\n<caption class=\"note\">")
            .Append(H($"Cost (the scenario's unit: per inspection made and per day in place while the truce holds) and intrusiveness; per day gained is against {run.BaselineId}"))
            .Append("</caption>\n<thead><tr><th>Regime</th><th>Total cost</th><th>Per trial</th><th>Per day held</th><th>Per day gained</th>")
            .Append("<th>Inspections</th><th>Refused</th><th>Refusals read as confirmation</th></tr></thead>\n<tbody>\n");
        foreach (var r in run.Regimes)
        {
            html.Append("<tr><td>").Append(H(r.Name)).Append("</td>");
            if (r.Cost is not { } c)
            {
                html.Append("<td colspan=\"7\">–</td></tr>\n");
                continue;
            }
            html.Append("<td>").Append(Words.Number(c.Total, "#,0.##")).Append("</td><td>").Append(Words.Number(c.PerTrial, "0.###"))
                .Append("</td><td>").Append(c.PerDayHeld is { } d ? Words.Number(d, "0.####") : "–")
                .Append("</td><td>").Append(r.Id == run.BaselineId ? "–" : c.PerDayGained is { } g ? Words.Number(g, "0.###") : "no gain")
                .Append("</td><td>").Append(Words.Count(c.Inspections)).Append("</td><td>").Append(Words.Count(c.Refusals))
                .Append("</td><td>").Append(Words.Count(c.RefusalsReadAsConfirmation)).Append("</td></tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    private static string H(string text) => WebUtility.HtmlEncode(text);
}
