using System.Buffers.Binary;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Simulator.Reports.Tests;

/// <summary>
/// Opens report.html in a real browser (Debian's chromium, headless): takes a screenshot, checks
/// that the page loaded without script errors, console messages or failed loads, and that every
/// chart is present and drawn at a non-trivial size. CI installs chromium with .ci/install-packages;
/// without it the test fails, unless SIMULATOR_SKIP_BROWSER=1 says to skip it on purpose.
/// </summary>
public partial class BrowserReportTests(SeedRunFixture run, ITestOutputHelper output) : IClassFixture<SeedRunFixture>
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(180);

    [Fact]
    public async Task Report_renders_in_headless_chromium_without_errors()
    {
        if (!File.Exists(Chromium))
        {
            if (Environment.GetEnvironmentVariable("SIMULATOR_SKIP_BROWSER") == "1")
            {
                output.WriteLine("chromium is not installed and SIMULATOR_SKIP_BROWSER=1: browser check skipped.");
                return;
            }
            Assert.Fail($"{Chromium} is missing: run .ci/install-packages (or set SIMULATOR_SKIP_BROWSER=1 to skip this test deliberately).");
        }
        Assert.False(run.Result.Partial);
        var report = Path.Combine(run.Folder, "report.html");
        var url = new Uri(report).AbsoluteUri;
        var profile = ReportTestSupport.TempFolder();
        var screenshot = Path.Combine(run.Folder, "report-screenshot.png");

        var shot = await RunChromium(profile, $"--screenshot={screenshot}", "--window-size=1280,4000", url);
        Assert.True(shot.Code == 0, "chromium --screenshot failed: " + shot.Error);
        Assert.True(File.Exists(screenshot), "no screenshot was written");
        var png = await File.ReadAllBytesAsync(screenshot);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.Equal(1280, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(4000, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.True(png.Length > 100_000, $"screenshot is only {png.Length} bytes: the page looks blank");
        var kept = Path.Combine(AppContext.BaseDirectory, "report-screenshot.png");
        File.Copy(screenshot, kept, overwrite: true);
        output.WriteLine($"screenshot: {kept}");

        var dom = await RunChromium(profile, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--window-size=1280,4000", "--dump-dom", url);
        Assert.True(dom.Code == 0, "chromium --dump-dom failed: " + dom.Error);
        var root = RootElement().Match(dom.Out);
        Assert.True(root.Success, "no <html> element in the dumped DOM");
        Assert.Contains("data-loaded=\"true\"", root.Value);
        Assert.True(root.Value.Contains("data-errors=\"0\"", StringComparison.Ordinal), "page errors: " + root.Value);
        var console = dom.Error.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
        Assert.True(console.Count == 0, "console messages:\n" + string.Join('\n', console));

        foreach (var id in ReportHtmlTests.ExpectedCharts(run.Folder))
        {
            var figure = Regex.Match(dom.Out, $"<figure data-chart=\"{Regex.Escape(id)}\"[^>]*>");
            Assert.True(figure.Success, $"chart {id} is not in the rendered page");
            var width = int.Parse(Regex.Match(figure.Value, "data-rendered-width=\"(\\d+)\"").Groups[1].Value);
            var height = int.Parse(Regex.Match(figure.Value, "data-rendered-height=\"(\\d+)\"").Groups[1].Value);
            Assert.True(width >= 300 && height >= 100, $"chart {id} is drawn at {width}×{height} px");
        }
    }

    [Fact]
    public async Task The_error_probe_catches_a_broken_page()
    {
        // Guards the test above: a page with a script error and a missing image must be reported.
        if (!File.Exists(Chromium)) return; // covered by the failing or deliberately skipped test above
        var folder = ReportTestSupport.TempFolder();
        var html = File.ReadAllText(Path.Combine(run.Folder, "report.html"))
            .Replace("</body>", "<script>undefinedFunction();</script><img src=\"missing.png\" alt=\"\"></body>", StringComparison.Ordinal);
        var page = Path.Combine(folder, "broken.html");
        File.WriteAllText(page, html);
        var dom = await RunChromium(ReportTestSupport.TempFolder(), "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom", new Uri(page).AbsoluteUri);
        Assert.Contains("data-errors=\"2\"", RootElement().Match(dom.Out).Value);
        Assert.Contains(":CONSOLE", dom.Error);
    }

    private static async Task<(int Code, string Out, string Error)> RunChromium(string profile, params string[] args)
    {
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--hide-scrollbars", $"--user-data-dir={profile}",
                 })
        {
            start.ArgumentList.Add(a);
        }
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish within {Timeout.TotalSeconds} s");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    [GeneratedRegex("<html[^>]*>")]
    private static partial Regex RootElement();
}
