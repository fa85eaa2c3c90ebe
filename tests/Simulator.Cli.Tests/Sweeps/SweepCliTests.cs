
namespace Simulator.Cli.Tests.Sweeps;

/// <summary>The sweep command end to end, in process, on the constant-hazard reference case.</summary>
public sealed class SweepCliTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sweep-cli-" + Guid.NewGuid().ToString("N"));

    internal static string Reference => Path.Combine(FindRoot(), "scenarios", "reference", "constant-hazard.yaml");

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Sweep_Vary_WritesOneRowPerPointAndRegime()
    {
        var (code, output, error) = await Run(["sweep", Reference, "--vary", "regimes.monitors.sensitivity=0.2:0.4:0.1",
            "--vary", "armed_groups.group.attack_rate=0.05,0.1", "--trials", "300", "--quiet", "--out", _folder]);

        Assert.True(code == 0, error);
        Assert.Contains("Sweep of 6 points", output, StringComparison.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(_folder, "sweep.csv"));
        Assert.Equal(7, lines.Length);
        Assert.StartsWith("point,regimes.monitors.sensitivity,armed_groups.group.attack_rate,regime,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("6,0.4,0.1,monitors,", lines[6], StringComparison.Ordinal);
        Assert.Contains("\"partial\": false", File.ReadAllText(Path.Combine(_folder, "sweep.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_WritesSweepLongCsv_OneRowPerPointRegimeDayAndMeasure()
    {
        var (code, _, error) = await Run(["sweep", Reference, "--vary", "regimes.monitors.sensitivity=0.2,0.4", "--trials", "300", "--quiet", "--out", _folder]);

        Assert.True(code == 0, error);
        var lines = File.ReadAllLines(Path.Combine(_folder, "sweep-long.csv"));
        Assert.Equal("point,regimes.monitors.sensitivity,regime,day,measure,estimate,lower,upper", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        var wide = File.ReadAllLines(Path.Combine(_folder, "sweep.csv"));
        var header = wide[0].Split(',');
        foreach (var point in new[] { "1", "2" })
        {
            var mine = rows.Where(r => r[0] == point).ToArray();
            var row = wide.Skip(1).Select(l => l.Split(',')).Single(r => r[0] == point);
            string Wide(string column) => row[Array.IndexOf(header, column)];
            var horizon = mine.Single(r => r[4] == "holds" && r[3] == "365");
            Assert.Equal([Wide("holds_horizon"), Wide("holds_horizon_lower"), Wide("holds_horizon_upper")], horizon[5..8]);
            var rmst = mine.Single(r => r[4] == "rmst");
            Assert.Equal([Wide("rmst"), Wide("rmst_lower"), Wide("rmst_upper")], rmst[5..8]);
            Assert.Equal(Wide("cost_per_trial"), mine.Single(r => r[4] == "cost_per_trial")[5]);
            Assert.Single(mine, r => r[4] == "median");
        }
        Assert.Contains("sweep-long.csv", File.ReadAllText(Path.Combine(_folder, "manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_InvalidValue_Exits2BeforeRunning()
    {
        var (code, _, error) = await Run(["sweep", Reference, "--vary", "regimes.monitors.sensitivity=0.5,1.5", "--quiet"]);

        Assert.Equal(2, code);
        Assert.Contains("point 2 (regimes.monitors.sensitivity=1.5)", error, StringComparison.Ordinal);
        Assert.Contains("must be a probability between 0 and 1; found 1.5", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_NothingToVary_Exits2()
    {
        var (code, _, error) = await Run(["sweep", Reference, "--quiet"]);

        Assert.Equal(2, code);
        Assert.Contains("nothing to vary", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_CancelledBeforeTheFirstPoint_WritesAPartialEmptySweepAndExits130()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var (code, output, _) = await Run(["sweep", Reference, "--vary", "regimes.monitors.sensitivity=0.2,0.3", "--quiet", "--out", _folder], cancel.Token);

        Assert.Equal(130, code);
        Assert.Contains("PARTIAL", output, StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(Path.Combine(_folder, "sweep.csv")));
        Assert.Contains("\"partial\": true", File.ReadAllText(Path.Combine(_folder, "sweep.json")), StringComparison.Ordinal);
    }

    internal static async Task<(int Code, string Output, string Error)> Run(string[] args, CancellationToken token = default)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync(args, output, error, token);
        return (code, output.ToString(), error.ToString());
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulator.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Simulator.sln not found");
    }
}
