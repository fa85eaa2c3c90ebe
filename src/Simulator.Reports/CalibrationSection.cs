using System.Globalization;
using System.Text;

namespace Simulator.Reports;

/// <summary>The report's "Calibrated to data" section: what was fitted to which data, the estimates with their intervals, data against model per group, and the chart.</summary>
internal static class CalibrationSection
{
    public static void Write(StringBuilder html, ReportContent content)
    {
        var c = content.Run.Calibration;
        if (c is null) return;
        html.Append("<section id=\"calibration\">\n<h2>Calibrated to data</h2>\n");
        if (c.Problem is not null)
        {
            html.Append("<p class=\"note\">").Append(H(c.Problem)).Append("</p>\n</section>\n");
            return;
        }
        var fit = c.GoodnessOfFit.P is { } p ? $" A goodness-of-fit test of the model against the data gives p = {Words.Number(p)} on {c.GoodnessOfFit.Df} degrees of freedom (a small p means the model's hazard does not follow the data's)." : "";
        html.Append("<p>").Append(H($"This scenario's values were fitted to the observed durations in {c.DataFile}: each value below is the one under which the data are most likely, "
            + $"found over {Words.Count(c.Effort.Points)} parameter points of {Words.Count(c.Effort.Trials)} simulated futures each (the same futures at every point), with its 95% profile interval.{fit}"))
            .Append("</p>\n");
        if (c.Partial) html.Append("<p class=\"note\">The calibration was cancelled: the values are the best found so far and some intervals are missing.</p>\n");
        html.Append("<table>\n<caption class=\"note\">Fitted values</caption>\n<thead><tr><th>Value</th><th>Estimate</th><th>95% interval</th><th>Range searched</th></tr></thead>\n<tbody>\n");
        foreach (var (path, estimate, lower, upper, from, to) in c.Parameters)
        {
            html.Append("<tr><td><code>").Append(H(path)).Append("</code></td><td>").Append(G(estimate)).Append("</td><td>")
                .Append(lower is null || upper is null ? "not computed" : $"{G(lower)} – {G(upper)}").Append("</td><td>")
                .Append($"{G(from)} – {G(to)}").Append("</td></tr>\n");
        }
        html.Append("</tbody></table>\n");
        html.Append("<table>\n<caption class=\"note\">Data against the fitted model: probability the truce still holds (95% intervals) and the one-sample log-rank test</caption>\n<thead><tr><th>Group</th><th>Regime</th><th>Truces</th><th>Failures</th><th>Log-rank observed / expected (p)</th>");
        var days = c.Groups.FirstOrDefault()?.Holds.Select(h => h.Data.Day).ToArray() ?? [];
        foreach (var day in days) html.Append("<th>").Append(H($"Day {Words.Days(day)}: data / model")).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var g in c.Groups)
        {
            html.Append("<tr><td>").Append(H(g.Value.Length == 0 ? "all" : g.Value)).Append("</td><td>").Append(H(g.Regime)).Append("</td><td>")
                .Append(Words.Count(g.Subjects)).Append("</td><td>").Append(Words.Count(g.Events)).Append("</td><td>")
                .Append(H($"{G(g.Observed, "0")} / {G(g.Expected, "0.0")} ({G(g.LogRankP, "0.###")})")).Append("</td>");
            foreach (var (data, model) in g.Holds)
            {
                html.Append("<td>").Append(H($"{Words.Percent(data.Estimate)} ({Words.PercentRange(data.Lower, data.Upper)}) / {Words.Percent(model.Estimate)} ({Words.PercentRange(model.Lower, model.Upper)})")).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n");
        html.Append("<p>The solid lines are the data's Kaplan–Meier curves with their 95% bands; the dashed lines are the calibrated model's curves, their bands covering the simulation's noise and every parameter value the data do not exclude. The method and its limits are in docs/calibration.md.</p>\n");
        HtmlReport.Figure(html, content.Calibration);
        html.Append("</section>\n");
    }

    private static string G(double? value, string format = "G4") => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    private static string H(string text) => HtmlReport.H(text);
}
