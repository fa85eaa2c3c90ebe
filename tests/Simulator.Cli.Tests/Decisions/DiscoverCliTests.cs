using System.Globalization;
using System.Text.Json;
using Simulator.Cli.Tests.Support;

namespace Simulator.Cli.Tests.Decisions;

/// <summary>discover and robustness end to end, in process, on sweeps of the constant-hazard reference case whose answer is known.</summary>
public sealed class DiscoverCliTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // Holding the horizon is exp(−365 · 0.005 · 0.8 · s) at sensitivity s: above 0.45 for s ≤ 0.5
    // (0.48), below for s ≥ 0.6 (0.42), both three standard errors from 0.45 at 2,000 trials. The
    // regime's cost per claim is counted, not simulated: under common random numbers every cost
    // gives the same futures, so it provably does not matter.
    private async Task<string> KnownRegionSweep()
    {
        var folder = _temp.Of("sweep");
        var (code, _, error) = await Run(["sweep", RepoPaths.ConstantHazard, "--set", "armed_groups.group.attack_rate=0.005",
            "--vary", "regimes.monitors.sensitivity=0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1", "--vary", "regimes.monitors.cost_per_claim=0,5,10",
            "--trials", "2000", "--quiet", "--out", folder]);
        Assert.True(code == 0, error);
        return folder;
    }

    [Fact]
    public async Task Discover_KnownRegion_RestrictsSensitivityFrom06AndLeavesTheCostUnrestricted()
    {
        var folder = await KnownRegionSweep();

        var (code, output, error) = await Run(["discover", folder, "--regime", "monitors", "--output", "holds", "--below", "0.45", "--quiet"]);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "discovery.json")));
        var boxes = json.RootElement.GetProperty("boxes");
        Assert.Equal(1, boxes.GetArrayLength());
        var box = boxes[0];
        Assert.Equal(1.0, box.GetProperty("coverage").GetDouble());
        Assert.Equal(1.0, box.GetProperty("density").GetDouble());
        Assert.Equal(0.5, box.GetProperty("mass").GetDouble()); // s = 0.6 … 1: 15 of 30 points
        var limits = box.GetProperty("limits").EnumerateObject().ToList();
        var limit = Assert.Single(limits);
        Assert.Equal("regimes.monitors.sensitivity", limit.Name);
        Assert.Equal(0.6, limit.Value.GetProperty("lower").GetDouble());
        Assert.Equal(1.0, limit.Value.GetProperty("upper").GetDouble());
        Assert.Equal(15, json.RootElement.GetProperty("cases_of_interest").GetInt32());
        Assert.True(json.RootElement.GetProperty("trajectory").GetArrayLength() > 1);
        Assert.Contains("regimes.monitors.sensitivity", output, StringComparison.Ordinal);
        Assert.DoesNotContain("cost_per_claim", output, StringComparison.Ordinal);
        var csv = File.ReadAllLines(Path.Combine(folder, "discovery.csv"));
        Assert.Equal("box,coverage,density,mass,cases,cases_of_interest,parameter,lower,upper,quasi_p", csv[0]);
        Assert.StartsWith("1,1,1,0.5,15,15,regimes.monitors.sensitivity,0.6,1,", csv[1], StringComparison.Ordinal);
        Assert.Contains("\"discovery.json\"", File.ReadAllText(Path.Combine(folder, "manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robustness_SatisficingShare_IsTheShareOfPointsMeetingTheThreshold()
    {
        var folder = await KnownRegionSweep();

        var (code, output, error) = await Run(["robustness", folder, "--satisfice", "holds>=0.45", "--day", "365", "--quiet"]);

        Assert.True(code == 0, error);
        var rows = File.ReadAllLines(Path.Combine(folder, "robustness.csv"));
        Assert.Equal("measure,regime,worlds,mean,p10,p50,p90,min,max,regret_mean,regret_p90,regret_max,satisfice,satisficed_share", rows[0]);
        // One regime: it is the best of every world (regret 0); 15 of 30 worlds hold at least 0.45.
        Assert.StartsWith("holds_365,monitors,30,", rows[1], StringComparison.Ordinal);
        Assert.EndsWith(",0,0,0,holds>=0.45,0.5", rows[1], StringComparison.Ordinal);
        Assert.Contains("monitors is the most robust by minimax regret", output, StringComparison.Ordinal);
        var frontier = File.ReadAllLines(Path.Combine(folder, "robustness-frontier.csv"));
        Assert.StartsWith("monitors,", frontier[1], StringComparison.Ordinal);
        Assert.EndsWith(",p10-p90 over worlds,true,true", frontier[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discover_Cancelled_Exits130AndLeavesTheFolderAsItWas()
    {
        var folder = await KnownRegionSweep();
        var manifest = File.ReadAllText(Path.Combine(folder, "manifest.json"));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var (code, _, _) = await Run(["discover", folder, "--regime", "monitors", "--below", "0.45", "--quiet"], cancel.Token);

        Assert.Equal(130, code);
        Assert.False(File.Exists(Path.Combine(folder, "discovery.json")));
        Assert.Equal(manifest, File.ReadAllText(Path.Combine(folder, "manifest.json")));
    }

    [Fact]
    public async Task Robustness_FormatJson_IsOneDocumentWithTheVerdictRowsAndFrontier()
    {
        var folder = await KnownRegionSweep();

        var (code, output, error) = await Run(["robustness", folder, "--satisfice", "holds>=0.45", "--format", "json", "--quiet"]);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.StartsWith("On holds_horizon over 30 worlds, monitors", json.RootElement.GetProperty("verdict").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, json.RootElement.GetProperty("rows").GetArrayLength());
        Assert.Equal(0.5, json.RootElement.GetProperty("rows")[0].GetProperty("satisficed_share").GetDouble());
        Assert.True(json.RootElement.GetProperty("frontier")[0].GetProperty("efficient").GetBoolean());
    }

    [Fact]
    public async Task Report_OfASampleFolder_ShowsDiscoveryAndRobustness()
    {
        var folder = await KnownRegionSweep();
        Assert.Equal(0, (await Run(["discover", folder, "--regime", "monitors", "--below", "0.45", "--quiet"])).Code);
        Assert.Equal(0, (await Run(["robustness", folder, "--satisfice", "holds>=0.45", "--quiet"])).Code);

        var (code, _, error) = await Run(["report", folder]);

        Assert.True(code == 0, error);
        var html = File.ReadAllText(Path.Combine(folder, "report.html"));
        Assert.Contains("id=\"discovery\"", html, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"discovery-trajectory\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>regimes.monitors.sensitivity</td><td>0.6</td><td>1</td>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"robustness\"", html, StringComparison.Ordinal);
        Assert.Contains("meets holds&gt;=0.45 in the most worlds (50%)", html, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"robustness-frontier\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WritesTheFrontierAndTheReportShowsIt()
    {
        var folder = _temp.Of("run");

        var (code, output, error) = await Run(["run", RepoPaths.ConstantHazard, "--trials", "500", "--quiet", "--out", folder, "--report"]);

        Assert.True(code == 0, error);
        Assert.Contains("Cost against durability at the horizon", output, StringComparison.Ordinal);
        var frontier = File.ReadAllLines(Path.Combine(folder, "frontier.csv"));
        Assert.Equal(2, frontier.Length);
        Assert.EndsWith(",95% CI,true,true", frontier[1], StringComparison.Ordinal);
        Assert.Contains("\"frontier\": [", File.ReadAllText(Path.Combine(folder, "summary.json")), StringComparison.Ordinal);
        Assert.Contains("data-chart=\"frontier\"", File.ReadAllText(Path.Combine(folder, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discover_BadInput_Exits2WithAClearMessage()
    {
        var sweep = await KnownRegionSweep();
        var small = _temp.Of("small");
        Assert.Equal(0, (await Run(["sweep", RepoPaths.ConstantHazard, "--vary", "regimes.monitors.sensitivity=0.2,0.4", "--trials", "100", "--quiet", "--out", small])).Code);
        var run = _temp.Of("run");
        Assert.Equal(0, (await Run(["run", RepoPaths.ConstantHazard, "--trials", "100", "--quiet", "--out", run])).Code);

        await Refused(["discover", run, "--regime", "monitors", "--below", "0.5"], "holds no sample.csv or sweep.csv");
        await Refused(["discover", sweep, "--regime", "monitor", "--below", "0.5"], "did you mean 'monitors'?");
        await Refused(["discover", sweep, "--regime", "monitors", "--below", "0.5", "--above", "0.2"], "give only one of --above and --below");
        await Refused(["discover", sweep, "--regime", "monitors"], "give one of --above X or --below X");
        await Refused(["discover", sweep, "--regime", "monitors", "--day", "100", "--below", "0.5"], "100 is not a report day of sweep.csv; allowed: 30, 90, 180, 365");
        await Refused(["discover", sweep, "--regime", "monitors", "--output", "paired", "--below", "0"], "'monitors' is the baseline");
        await Refused(["discover", small, "--regime", "monitors", "--below", "0.5"], "discover needs at least 10");
        await Refused(["robustness", run], "holds no sample.csv or sweep.csv");
        await Refused(["robustness", sweep, "--satisfice", "holds=0.5"], "is not a threshold");
        await Refused(["robustness", _temp.Of("missing")], "is not a folder");
    }

    private static async Task Refused(string[] args, string message)
    {
        var (code, output, error) = await Run([.. args, "--quiet"]);
        Assert.True(code == 2, $"{string.Join(' ', args)}: exit {code}\n{output}\n{error}");
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    internal static async Task<(int Code, string Output, string Error)> Run(string[] args, CancellationToken token = default)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = await CliApplication.RunAsync(args, output, error, token);
        return (code, output.ToString(), error.ToString());
    }
}
