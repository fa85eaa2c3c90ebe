using System.Globalization;
using System.Net;
using System.Text;
using Simulator.Output;

namespace Simulator.Reports;

/// <summary>
/// Renders report.html: one self-contained file (inline CSS and SVG, no external resources) that
/// opens without network access. A small inline script only records script and resource errors
/// into <c>data-errors</c> on the root element and each chart's drawn size into its figure, so a
/// headless browser test can read them back from the DOM.
/// </summary>
public static partial class HtmlReport
{
    /// <summary>The report file's name.</summary>
    public const string FileName = OutputFiles.Report;

    private const string Style = """
        :root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #d8d8d8; --accent: #0072B2; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); background: #fafafa; line-height: 1.5; }
        main { max-width: 1080px; margin: 0 auto; padding: 28px 28px 60px; background: #fff; }
        h1 { font-size: 1.9rem; margin: 0 0 4px; }
        h2 { font-size: 1.4rem; margin: 44px 0 8px; padding-top: 10px; border-top: 2px solid var(--ink); }
        h3 { font-size: 1.1rem; margin: 26px 0 6px; }
        p.lead { color: var(--muted); margin: 0 0 18px; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 4px 18px; margin: 0; font-size: .92rem; }
        dl.meta dt { color: var(--muted); }
        dl.meta dd { margin: 0; overflow-wrap: anywhere; }
        .summary { background: #eef5fb; border-left: 5px solid var(--accent); padding: 12px 20px; margin: 22px 0; font-size: 1.05rem; }
        .summary p { margin: 8px 0; }
        nav ol { columns: 2; margin: 6px 0; padding-left: 22px; }
        figure { margin: 14px 0 22px; }
        figure svg { display: block; width: 100%; height: auto; max-width: 100%; }
        figure.machine svg { width: auto; max-width: 100%; }
        figcaption { color: var(--muted); font-size: .9rem; margin-top: 6px; }
        figcaption strong { color: var(--ink); }
        .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(460px, 1fr)); gap: 8px 24px; }
        .grid h3 { margin-top: 10px; }
        table { border-collapse: collapse; margin: 8px 0 18px; font-size: .9rem; }
        .table-wrap { max-width: 100%; overflow-x: auto; }
        .chart-note { margin: 4px 0 8px; }
        th, td { border-bottom: 1px solid var(--rule); padding: 4px 10px; text-align: right; vertical-align: top; }
        th { background: #f2f2f2; font-weight: 600; }
        th:first-child, td:first-child, td.text, th.text { text-align: left; }
        td:first-child { min-width: 190px; }
        td.cell { min-width: 92px; }
        .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
        .note { color: var(--muted); font-size: .9rem; }
        code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .88em; background: #f3f3f3; padding: 1px 4px; border-radius: 3px; }
        details { margin: 4px 0 14px; }
        summary { cursor: pointer; color: var(--accent); }
        footer { margin-top: 40px; color: var(--muted); font-size: .88rem; }
        @media print { body { background: #fff; } main { padding: 0; } h2 { break-before: auto; } figure { break-inside: avoid; } }
        """;

    // Records uncaught errors and failed resource loads (capture phase) for the browser test; measures charts.
    private const string Script = """
        (function () {
          var root = document.documentElement, errors = [];
          function note(text) { errors.push(String(text)); root.setAttribute('data-errors', String(errors.length)); root.setAttribute('data-error-text', errors.join(' | ')); }
          root.setAttribute('data-errors', '0');
          window.addEventListener('error', function (e) { note(e.message || ('failed to load ' + ((e.target && (e.target.src || e.target.href)) || 'a resource'))); }, true);
          window.addEventListener('unhandledrejection', function (e) { note('unhandled rejection: ' + e.reason); });
          window.addEventListener('load', function () {
            var figures = document.querySelectorAll('figure[data-chart]');
            for (var i = 0; i < figures.length; i++) {
              var svg = figures[i].querySelector('svg');
              var box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
              figures[i].setAttribute('data-rendered-width', String(Math.round(box.width)));
              figures[i].setAttribute('data-rendered-height', String(Math.round(box.height)));
            }
            root.setAttribute('data-loaded', 'true');
          });
        })();
        """;

    /// <summary>The HTML text.</summary>
    public static string Render(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Run.IsStudy) return RenderStudy(content);
        var run = content.Run;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(H($"Truce durability report: {run.ScenarioName}")).Append("</title>\n");
        html.Append("<script>\n").Append(Script).Append("</script>\n");
        html.Append("<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");

        if (run.StudyOnly)
        {
            StudyHeader(html, run);
            Sweeps(html, content);
            html.Append("<footer>\n<p>The numbers come from the study's CSV files beside this report (docs/sweeps.md describes them); ")
                .Append("<code>docs/report.md</code> explains each section. Produced by the truce verification simulator")
                .Append(run.EngineVersion.Length > 0 ? ", engine " + H(run.EngineVersion) : "").Append(".</p>\n</footer>\n");
            html.Append("</main>\n</body>\n</html>\n");
            return html.ToString();
        }
        Header(html, content);
        html.Append("<section id=\"summary\" class=\"summary\" aria-label=\"Summary in plain language\">\n");
        foreach (var paragraph in content.Summary) html.Append("<p>").Append(H(paragraph)).Append("</p>\n");
        html.Append("</section>\n");
        Contents(html, content);
        CalibrationSection.Write(html, content);
        Survival(html, content);
        Differences(html, content);
        Causes(html, content);
        Verification(html, content);
        FrontierSection(html, content);
        Machines(html, content);
        Sweeps(html, content);
        DiscoverySection(html, content);
        RobustnessSection(html, content);
        Footer(html, run);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, ReportContent content)
    {
        var run = content.Run;
        html.Append("<header>\n<h1>How long does the truce hold?</h1>\n");
        html.Append("<p class=\"lead\">").Append(H(run.Regimes.Count == 1 ? $"Scenario {run.ScenarioName}: one verification regime." : $"Scenario {run.ScenarioName}: {run.Regimes.Count} verification regimes compared over the same simulated futures.")).Append("</p>\n");
        html.Append("<dl class=\"meta\">\n");
        Meta(html, "Scenario", run.ScenarioName + (run.ScenarioSource.Length > 0 ? $" ({run.ScenarioSource})" : ""));
        Meta(html, "Scenario hash", run.ScenarioHash.Length > 12 ? run.ScenarioHash[..12] : run.ScenarioHash, run.ScenarioHash);
        Meta(html, "Seed", run.Seed);
        Meta(html, "Trials per regime", run.Partial
            ? $"{Words.Count(run.TrialsCompleted)} of {Words.Count(run.TrialsRequested)} (cancelled: partial)"
            : Words.Count(run.TrialsCompleted));
        Meta(html, "Horizon", $"{Words.Days(run.HorizonDays)} days");
        Meta(html, "Report days", string.Join(", ", run.ReportDays.Select(Words.Days)));
        Meta(html, "Engine version", run.EngineVersion);
        Meta(html, "Run date", run.RunTimeUtc is { } t ? t.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "unknown (no timing.json)");
        if (run.Overrides.Count > 0) Meta(html, "Overrides", string.Join("  ", run.Overrides));
        html.Append("</dl>\n</header>\n");
    }

    // A folder holding only a sweep or a sensitivity analysis: what its manifest records, then the study.
    private static void StudyHeader(StringBuilder html, RunFolder run)
    {
        html.Append("<header>\n<h1>How does the truce's durability respond?</h1>\n");
        html.Append("<p class=\"lead\">").Append(H($"Scenario {run.ScenarioName}: a study over many points; the folder holds no single run (run the scenario with --out into the same folder for the full report).")).Append("</p>\n");
        html.Append("<dl class=\"meta\">\n");
        Meta(html, "Scenario", run.ScenarioName + (run.ScenarioSource.Length > 0 ? $" ({run.ScenarioSource})" : ""));
        if (run.EngineVersion.Length > 0) Meta(html, "Engine version", run.EngineVersion);
        foreach (var (key, value) in run.StudyFacts) Meta(html, Words.Capitalised(Words.Spaced(key)), value);
        html.Append("</dl>\n</header>\n");
    }

    private static void Meta(StringBuilder html, string term, string value, string? title = null)
    {
        html.Append("<dt>").Append(H(term)).Append("</dt><dd");
        if (title is not null) html.Append(" title=\"").Append(H(title)).Append('"');
        html.Append('>').Append(H(value)).Append("</dd>\n");
    }

    private static void Contents(StringBuilder html, ReportContent content)
    {
        html.Append("<nav aria-label=\"Contents\"><strong>Contents</strong><ol>\n");
        if (content.Run.Calibration is not null) html.Append("<li><a href=\"#calibration\">Calibrated to data</a></li>\n");
        html.Append("<li><a href=\"#survival\">How long the truce holds</a></li>\n");
        html.Append("<li><a href=\"#differences\">Differences from the baseline</a></li>\n");
        html.Append("<li><a href=\"#causes\">Why the truce breaks</a></li>\n");
        html.Append("<li><a href=\"#verification\">How verification performed</a></li>\n");
        if (content.Frontier is not null) html.Append("<li><a href=\"#frontier\">Cost against durability</a></li>\n");
        html.Append("<li><a href=\"#machines\">State machines</a></li>\n");
        if (content.Run.Discovery is not null) html.Append("<li><a href=\"#discovery\">Where the outcome occurs</a></li>\n");
        if (content.Run.Robustness is not null) html.Append("<li><a href=\"#robustness\">Robustness across worlds</a></li>\n");
        if (content.Sweep.Count > 0 || content.Sensitivity.Count > 0 || content.Run.Sweep is not null || content.Run.Sensitivity is not null)
        {
            html.Append("<li><a href=\"#sweeps\">Sweeps and sensitivity</a></li>\n");
        }
        html.Append("</ol></nav>\n");
    }

    private static void Survival(StringBuilder html, ReportContent content)
    {
        var run = content.Run;
        html.Append("<section id=\"survival\">\n<h2>How long the truce holds</h2>\n");
        html.Append("<p>Each line is the share of simulated futures in which the truce still holds on a given day (a Kaplan–Meier curve); ")
            .Append("the shaded band around it is its 95% interval. Higher and flatter is better. Dotted lines mark the report days; ")
            .Append("the solid line is the horizon, where the simulation stops.</p>\n");
        Figure(html, content.Survival);
        html.Append("<table>\n<caption class=\"note\">Probability the truce still holds (95% interval), median and mean days held within the horizon</caption>\n<thead><tr><th>Regime</th>");
        foreach (var day in run.ReportDays) html.Append("<th>Day ").Append(Words.Days(day)).Append("</th>");
        html.Append("<th>Median day of collapse</th><th>Mean days held</th><th>Collapsed</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < run.Regimes.Count; i++)
        {
            var r = run.Regimes[i];
            html.Append("<tr><td>").Append(Swatch(Palette.RegimeHex(i))).Append(H(r.Name)).Append("</td>");
            foreach (var day in run.ReportDays)
            {
                var h = r.HoldsAt(day);
                html.Append("<td>").Append(h is null ? "–" : H($"{Words.Percent(h.Estimate)} ({Words.PercentRange(h.Lower, h.Upper)})")).Append("</td>");
            }
            html.Append("<td>").Append(r.Median is { } m
                ? H($"{Words.Days(m.Estimate)} ({(m.Lower is { } ml ? Words.Days(ml) : "?")}–{(m.Upper is { } mu ? Words.Days(mu) : "not reached")})")
                : "not reached").Append("</td>");
            html.Append("<td>").Append(r.RestrictedMean is { } rm ? H($"{Words.Days(rm.Estimate)} ({Words.Days(rm.Lower ?? rm.Estimate)}–{Words.Days(rm.Upper ?? rm.Estimate)})") : "–").Append("</td>");
            html.Append("<td>").Append(r.Trials > 0 ? Words.Percent((double)r.Collapsed / r.Trials) : "–").Append("</td></tr>\n");
        }
        html.Append("</tbody></table>\n</section>\n");
    }

    private static void Differences(StringBuilder html, ReportContent content)
    {
        var run = content.Run;
        var baseline = ReportCharts.NameOf(run, run.BaselineId);
        html.Append("<section id=\"differences\">\n<h2>Differences from the baseline</h2>\n");
        html.Append("<p>").Append(H($"Every regime faced the same simulated futures as the baseline ({baseline}), so the differences below are paired: " +
            "each diamond is the estimated change and each bar its 95% interval. A bar that does not cross the zero line is a difference the simulation can tell from chance.")).Append("</p>\n");
        if (content.Differences is null)
        {
            html.Append("<p class=\"note\">No comparison: the run has a single regime or fewer than two trials.</p>\n</section>\n");
            return;
        }
        Figure(html, content.Differences);
        Figure(html, content.MeanDaysDifferences);
        html.Append("<table>\n<thead><tr><th>Regime</th>");
        var days = run.Comparisons.SelectMany(c => c.HoldDifferences.Select(d => d.Day)).Distinct().Order().ToList();
        foreach (var day in days) html.Append("<th>Day ").Append(Words.Days(day)).Append(" (points)</th>");
        html.Append("<th>Mean days held</th><th>Log-rank p</th></tr></thead>\n<tbody>\n");
        foreach (var c in run.Comparisons)
        {
            html.Append("<tr><td>").Append(Swatch(Palette.RegimeHex(ReportCharts.RegimeIndex(run, c.RegimeId)))).Append(H(ReportCharts.NameOf(run, c.RegimeId))).Append("</td>");
            foreach (var day in days)
            {
                var d = c.HoldDifferences.FirstOrDefault(x => x.Day == day);
                html.Append("<td>").Append(d is null ? "–" : H($"{Words.Points(d.Estimate)} ({Words.Points(d.Lower ?? d.Estimate)} to {Words.Points(d.Upper ?? d.Estimate)})")).Append("</td>");
            }
            var m = c.RestrictedMeanDifference;
            html.Append("<td>").Append(m is null ? "–" : H($"{Words.Signed(m.Estimate, 1)} ({Words.Signed(m.Lower ?? m.Estimate, 1)} to {Words.Signed(m.Upper ?? m.Estimate, 1)})")).Append("</td>");
            html.Append("<td>").Append(c.LogRankP is { } p ? H(p < 1e-4 ? p.ToString("0.0E+0", CultureInfo.InvariantCulture) : p.ToString("0.####", CultureInfo.InvariantCulture)) : "–").Append("</td></tr>\n");
        }
        html.Append("</tbody></table>\n<p class=\"note\">The log-rank test treats the regimes as independent samples, which they are not here; its p-values are conservative. Trust the paired intervals.</p>\n</section>\n");
    }

    private static void Causes(StringBuilder html, ReportContent content)
    {
        var run = content.Run;
        html.Append("<section id=\"causes\">\n<h2>Why the truce breaks</h2>\n");
        html.Append("<p>For each regime, the share of futures in which the truce has collapsed by each report day, split by the cause of the collapse ")
            .Append("(cumulative incidence: the trigger that tipped the truce and the commitment it concerned). The bars share one scale so regimes can be compared.</p>\n");
        if (content.Incidence.Count == 0)
        {
            html.Append("<p class=\"note\">No collapse was recorded (or causes.csv is missing).</p>\n");
        }
        else
        {
            foreach (var chart in content.Incidence) Figure(html, chart);
        }
        var causes = run.Regimes.SelectMany(r => r.Causes.Select(c => c.Cause)).Distinct()
            .OrderByDescending(c => run.Regimes.Sum(r => r.Causes.Where(x => x.Cause == c).Sum(x => x.Collapses))).ToList();
        if (causes.Count > 0)
        {
            html.Append("<table>\n<caption class=\"note\">Collapses by cause over the whole horizon (share of all collapses of the regime)</caption>\n<thead><tr><th>Cause</th>");
            foreach (var r in run.Regimes) html.Append("<th>").Append(H(r.Name)).Append("</th>");
            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var cause in causes)
            {
                html.Append("<tr><td>").Append(H(content.CauseLabel(cause))).Append("</td>");
                foreach (var r in run.Regimes)
                {
                    var c = r.Causes.FirstOrDefault(x => x.Cause == cause);
                    html.Append("<td>").Append(c is null ? "–" : H($"{Words.Count(c.Collapses)} ({Words.Percent(c.ShareOfCollapses)})")).Append("</td>");
                }
                html.Append("</tr>\n");
            }
            html.Append("</tbody></table>\n");
        }
        html.Append("</section>\n");
    }

    private static void Machines(StringBuilder html, ReportContent content)
    {
        var run = content.Run;
        html.Append("<section id=\"machines\">\n<h2>State machines</h2>\n");
        html.Append("<p>The truce and each commitment move between states when something happens (a trigger). The state the dot points to (shaded blue, with a thick edge) is where each starts; ")
            .Append("states shaded red collapse the truce when entered; each arrow is labelled with the triggers that take it. ")
            .Append("Each diagram is followed by its transitions as a table.</p>\n");
        if (content.Machines.Count == 0)
        {
            html.Append("<p class=\"note\">").Append(H($"The state machines cannot be drawn: {run.ScenarioProblem ?? "the scenario could not be reloaded"}.")).Append("</p>\n</section>\n");
            return;
        }
        foreach (var (graph, chart) in content.Machines)
        {
            html.Append("<h3>").Append(H(graph.Title)).Append("</h3>\n");
            Figure(html, chart, withHeading: false, cssClass: "machine");
            html.Append("<details><summary>Transitions of ").Append(H(graph.Id)).Append(" as a table</summary>\n<table>\n<thead><tr><th>From</th><th class=\"text\">Trigger</th><th class=\"text\">To</th><th class=\"text\">On entering the destination</th></tr></thead>\n<tbody>\n");
            foreach (var (from, trigger, to) in graph.Transitions)
            {
                var note = graph.Notes[graph.States.ToList().IndexOf(to)];
                html.Append("<tr><td>").Append(H(from)).Append("</td><td class=\"text\"><code>").Append(H(trigger)).Append("</code></td><td class=\"text\">")
                    .Append(H(to)).Append("</td><td class=\"text\">").Append(H(note)).Append("</td></tr>\n");
            }
            html.Append("</tbody></table></details>\n");
        }
        html.Append("</section>\n");
    }

    private static void Sweeps(StringBuilder html, ReportContent content)
    {
        var run = content.Run;
        if (run.Sweep is null && run.Sensitivity is null) return;
        html.Append("<section id=\"sweeps\">\n<h2>Sweeps and sensitivity</h2>\n");
        if (run.Sweep is not null)
        {
            html.Append("<h3>Response curves (sweep.csv)</h3>\n<p>How the probability that the truce holds the whole horizon changes as each varied value changes; one line per regime (and per value of the other varied values), with 95% bands. Every point uses the same simulated futures.</p>\n");
            if (content.Sweep.Count == 0) Unrecognised(html, OutputFiles.Sweep, run.Sweep);
            foreach (var chart in content.Sweep) Figure(html, chart);
        }
        if (run.Sensitivity is not null)
        {
            html.Append("<h3>Which parameters matter most (sensitivity.csv)</h3>\n<p>Per regime, the uncertain parameters ranked by how much of the outcome's variation they explain (Sobol) or how much they move it (Morris), with 95% bootstrap intervals; the longest bar matters most, a bar at 0 does not matter.</p>\n");
            if (content.Sensitivity.Count == 0) Unrecognised(html, OutputFiles.Sensitivity, run.Sensitivity);
            foreach (var chart in content.Sensitivity) Figure(html, chart);
        }
        html.Append("</section>\n");
    }

    private static void Unrecognised(StringBuilder html, string file, CsvTable table)
    {
        html.Append("<p class=\"note\">").Append(H($"The columns of {file} were not recognised for a chart; its first rows:")).Append("</p>\n<table>\n<thead><tr>");
        foreach (var h in table.Header) html.Append("<th>").Append(H(h)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows.Take(20))
        {
            html.Append("<tr>");
            foreach (var cell in row.Take(table.Header.Count)) html.Append("<td>").Append(H(cell)).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    private static void Footer(StringBuilder html, RunFolder run)
    {
        var command = "truce-sim run" + (run.ScenarioSource.StartsWith('<') ? "" : " " + run.ScenarioSource)
            + string.Concat(run.Overrides.Select(o => " --set " + o)) + " --out DIR --report";
        html.Append("<footer>\n<p>To reproduce this run: <code>").Append(H(command)).Append("</code>. The numbers come from <code>summary.json</code> and the CSV files beside this report; ")
            .Append("<code>docs/report.md</code> explains each section. Produced by the truce verification simulator, engine ").Append(H(run.EngineVersion)).Append(".</p>\n</footer>\n");
    }

    internal static void Figure(StringBuilder html, Chart? chart, bool withHeading = true, string? cssClass = null)
    {
        if (chart is null) return;
        if (withHeading) html.Append("<h3>").Append(H(chart.Title)).Append("</h3>\n");
        html.Append("<figure data-chart=\"").Append(H(chart.Id)).Append('"');
        if (cssClass is not null) html.Append(" class=\"").Append(cssClass).Append('"');
        html.Append(" aria-label=\"").Append(H(chart.Title)).Append("\">\n");
        html.Append(chart.InlineSvg()).Append('\n');
        if (chart.Note is not null) html.Append("<p class=\"note chart-note\">").Append(H(chart.Note)).Append("</p>\n");
        html.Append("<figcaption><strong>Text alternative.</strong> ").Append(H(chart.Description)).Append("</figcaption>\n</figure>\n");
    }

    private static string Swatch(string hex) => $"<span class=\"swatch\" style=\"background:{hex}\" aria-hidden=\"true\"></span>";

    internal static string H(string text) => WebUtility.HtmlEncode(text);
}
