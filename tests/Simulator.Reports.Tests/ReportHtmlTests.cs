using System.Text.RegularExpressions;

namespace Simulator.Reports.Tests;

/// <summary>report.html is one self-contained file with every chart drawn; --plots writes PNG and SVG files.</summary>
public partial class ReportHtmlTests(SeedRunFixture run) : IClassFixture<SeedRunFixture>
{
    /// <summary>The charts every seed-scenario report must hold.</summary>
    public static IReadOnlyList<string> ExpectedCharts(string folder)
    {
        var data = RunFolder.Read(folder);
        var charts = new List<string> { "survival", "differences", "mean-days-differences", "verification", "verdict-time", "machine-truce" };
        charts.AddRange(data.Regimes.Where(r => r.Collapsed > 0).Select(r => "incidence-" + r.Id));
        charts.AddRange(data.Scenario!.Commitments.Select(c => "machine-" + c.Id));
        return charts;
    }

    [Fact]
    public void Run_with_report_writes_report_html()
    {
        Assert.False(run.Result.Partial);
        Assert.True(File.Exists(Path.Combine(run.Folder, "report.html")));
        Assert.Contains("report.html", run.Result.FilesWritten);
    }

    [Fact]
    public void Report_is_self_contained()
    {
        var html = run.Html;
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.DoesNotMatch(ScriptWithSource(), html);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(CssExternalUrl(), html);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_chart_is_an_inline_svg_with_content_and_a_text_alternative()
    {
        var html = run.Html;
        foreach (var id in ExpectedCharts(run.Folder))
        {
            var figure = Regex.Match(html, $"<figure data-chart=\"{Regex.Escape(id)}\"[^>]*aria-label=\"[^\"]+\">(.*?)</figure>", RegexOptions.Singleline);
            Assert.True(figure.Success, $"chart {id} missing");
            var body = figure.Groups[1].Value;
            Assert.Contains("<svg", body);
            Assert.Contains("role=\"img\"", body);
            Assert.Contains("<title>", body);
            Assert.Contains("<figcaption>", body);
            Assert.True(Regex.Matches(body, "<(path|rect|text)\\b").Count >= 10, $"chart {id} draws almost nothing");
            Assert.True(body.Length > 2000, $"chart {id} is only {body.Length} characters");
        }
    }

    [Fact]
    public void Svg_ids_are_unique_across_the_document()
    {
        var ids = Regex.Matches(run.Html, "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Report_rendered_again_in_the_same_process_has_the_same_bytes()
    {
        // The chart library numbers clip paths with a process-wide counter; a server renders many
        // reports in one process, so the ids must not depend on what was drawn before.
        var copy = ReportTestSupport.TempFolder();
        foreach (var file in Directory.GetFiles(run.Folder)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        File.SetLastWriteTimeUtc(Path.Combine(copy, "timing.json"), File.GetLastWriteTimeUtc(Path.Combine(run.Folder, "timing.json")));
        new ReportWriter().Write(copy, html: true, plots: false);
        Assert.Equal(run.Html, File.ReadAllText(Path.Combine(copy, "report.html")));
    }

    [Fact]
    public void Report_shows_each_regimes_cost_and_intrusiveness()
    {
        var data = RunFolder.Read(run.Folder);
        Assert.All(data.Regimes, r => Assert.NotNull(r.Cost));
        var full = data.Regimes.Single(r => r.Id == "third_party_full_access").Cost!;
        Assert.True(full.Total > 0 && full.Inspections > 0);
        Assert.Equal(0, data.Regimes.Single(r => r.Id == "status_quo").Cost!.Total);
        Assert.Contains("Refusals read as confirmation", run.Html);
        Assert.Contains($"<td>{Words.Count(full.Inspections)}</td>", run.Html);
    }

    [Fact]
    public void Report_shows_the_run_identity_and_the_sections()
    {
        var html = run.Html;
        var data = RunFolder.Read(run.Folder);
        Assert.Contains(data.ScenarioName, html);
        Assert.Contains(data.ScenarioHash[..12], html);
        Assert.Contains(">11<", html); // the seed
        Assert.Contains(">400<", html); // trials per regime
        Assert.Contains("Engine version", html);
        Assert.Matches("Run date</dt><dd>\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC", html);
        foreach (var section in new[] { "summary", "survival", "differences", "causes", "verification", "machines" })
        {
            Assert.Contains($"<section id=\"{section}\"", html);
        }
        Assert.DoesNotContain("<section id=\"sweeps\"", html);
    }

    [Fact]
    public void Plots_writes_a_png_and_an_svg_per_chart()
    {
        foreach (var id in ExpectedCharts(run.Folder))
        {
            var svg = Path.Combine(run.Folder, id + ".svg");
            Assert.True(File.Exists(svg), id + ".svg missing");
            Assert.StartsWith("<", File.ReadAllText(svg).TrimStart());
            if (id.StartsWith("machine-", StringComparison.Ordinal)) continue; // hand-drawn SVG only
            var png = File.ReadAllBytes(Path.Combine(run.Folder, id + ".png"));
            Assert.True(png.Length > 5000, $"{id}.png is only {png.Length} bytes");
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        }
    }

    [Fact]
    public void Summary_json_is_unchanged_by_the_report()
    {
        var before = File.ReadAllBytes(Path.Combine(run.Folder, "summary.json"));
        new ReportWriter().Write(run.Folder, html: true, plots: false);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(run.Folder, "summary.json")));
    }

    [Fact]
    public void Sweep_and_sensitivity_files_get_charts_when_present()
    {
        var folder = ReportTestSupport.CopyOfSmallRun();
        // The column layout of sweep.csv and sensitivity.csv as docs/sweeps.md documents it.
        File.WriteAllText(Path.Combine(folder, "sweep.csv"),
            "point,regimes.a.sensitivity,regime,baseline,trials,horizon_days,holds_horizon,holds_horizon_lower,holds_horizon_upper\n" +
            "1,0.5,a,a,100,365,0.40,0.37,0.43\n1,0.5,b,a,100,365,0.30,0.27,0.33\n" +
            "2,0.7,a,a,100,365,0.45,0.42,0.48\n2,0.7,b,a,100,365,0.30,0.27,0.33\n" +
            "3,0.9,a,a,100,365,0.52,0.49,0.55\n3,0.9,b,a,100,365,0.31,0.28,0.34\n");
        File.WriteAllText(Path.Combine(folder, "sensitivity.csv"),
            "method,output,regime,rank,parameter,distribution,groups,s1,s1_lower,s1_upper,st,st_lower,st_upper,mu_star,mu_star_lower,mu_star_upper,mu,sigma\n" +
            "morris,holds,a,1,parties.host.capacity,\"uniform(0.3, 0.7)\",10,,,,,,,0.25,0.2,0.3,0.25,0.01\n" +
            "morris,holds,a,2,regimes.a.sensitivity,\"uniform(0.2, 0.8)\",10,,,,,,,0.12,0.1,0.14,0.12,0.01\n");
        ReportTestSupport.Seal(folder);
        new ReportWriter().Write(folder, html: true, plots: true);
        var html = File.ReadAllText(Path.Combine(folder, "report.html"));
        Assert.Contains("<section id=\"sweeps\"", html);
        Assert.Contains("data-chart=\"sweep-regimes-a-sensitivity\"", html);
        Assert.Contains("0.9 → 52%", html); // the response curve's text alternative carries its values
        Assert.Contains("data-chart=\"sensitivity-a\"", html);
        Assert.Contains("parties.host.capacity 0.25 (0.2 to 0.3)", html); // ranked by μ*, with its interval
        Assert.True(File.Exists(Path.Combine(folder, "sensitivity-a.png")));
    }

    [Fact]
    public void Unrecognised_sweep_columns_fall_back_to_a_table()
    {
        var folder = ReportTestSupport.CopyOfSmallRun();
        File.WriteAllText(Path.Combine(folder, "sweep.csv"), "alpha,beta\nx,y\n");
        File.WriteAllText(Path.Combine(folder, "sensitivity.csv"), "");
        ReportTestSupport.Seal(folder);
        new ReportWriter().Write(folder, html: true, plots: false);
        var html = File.ReadAllText(Path.Combine(folder, "report.html"));
        Assert.Contains("The columns of sweep.csv were not recognised", html);
        Assert.Contains("<td>x</td>", html);
    }

    [GeneratedRegex("""(src|href|xlink:href|action|poster|data)\s*=\s*["']?\s*(https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("<script[^>]*\\bsrc\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptWithSource();

    [GeneratedRegex("url\\(\\s*['\"]?\\s*(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex CssExternalUrl();
}
