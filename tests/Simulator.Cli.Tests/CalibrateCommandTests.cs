using System.Globalization;
using System.Text.Json;
using Simulator.Cli.Tests.Support;

namespace Simulator.Cli.Tests;

/// <summary>
/// `calibrate` as a user calls it: the data are a run's own trials.csv (the constant-hazard scenario
/// with its attack rate known), fitted back; bad data files are refused naming the line; Ctrl+C keeps
/// the best point so far; the files of one small calibration are compared with golden files.
/// </summary>
public sealed class CalibrateCommandTests : IDisposable
{
    private static readonly string Scenario = Path.Combine("scenarios", "reference", "constant-hazard.yaml");

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // trials.csv of 300 futures of the constant-hazard scenario (attack_rate 0.05), seed 77.
    private async Task<string> DataAsync()
    {
        var folder = _temp.Of("truth");
        var run = await SimulatorProcess.RunAsync(["run", Scenario, "--trials", "300", "--seed", "77", "--out", folder, "--trials-csv", "--quiet"], RepoPaths.Root);
        CliAssert.ExitCode(0, run);
        return Path.Combine(folder, "trials.csv");
    }

    private static string[] Args(string data, string folder, params string[] more) =>
        ["calibrate", Scenario, "--data", data, "--duration-column", "duration_days", "--event-column", "collapsed",
         "--fit", "armed_groups.group.attack_rate=0.01:0.2", "--trials", "2000", "--seed", "1", "--out", folder, "--quiet", .. more];

    [Fact]
    public async Task Calibrate_TrialsOfAKnownScenario_RecoversTheValueAndWritesEveryFile()
    {
        var data = await DataAsync();
        var folder = _temp.Of("fit");

        var result = await SimulatorProcess.RunAsync(Args(data, folder), RepoPaths.Root);

        CliAssert.ExitCode(0, result);
        CliAssert.NoStackTrace(result);
        Assert.Contains("Fitted values, 95% profile intervals", result.Stdout);
        Assert.Contains("armed_groups.group.attack_rate", result.Stdout);
        foreach (var name in new[] { "calibrated.yaml", "calibration.json", "calibration-curves.csv", "calibration.png", "calibration.svg", "summary.json", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(folder, name)), name);
        }
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "calibration.json")));
        var p = json.RootElement.GetProperty("parameters")[0];
        Assert.InRange(0.05, p.GetProperty("lower95").GetDouble(), p.GetProperty("upper95").GetDouble());
        Assert.False(json.RootElement.GetProperty("partial").GetBoolean());
        var report = File.ReadAllText(Path.Combine(folder, "report.html"));
        Assert.Contains("<section id=\"calibration\">", report);
        Assert.Contains("data-chart=\"calibration\"", report);

        // The calibrated scenario runs as any scenario does.
        var rerun = await SimulatorProcess.RunAsync(["run", Path.Combine(folder, "calibrated.yaml"), "--trials", "200", "--quiet"], RepoPaths.Root);
        CliAssert.ExitCode(0, rerun);
    }

    [Theory]
    [InlineData("duration_days,collapsed\n10,1\n-4,0\n", "data.csv:3:1: error: duration_days: -4 is negative")]
    [InlineData("duration_days,collapsed\n10,1\n5,2\n", "data.csv:3:1: error: collapsed: '2' is not an event flag")]
    [InlineData("days,collapsed\n10,1\n", "data.csv:1:1: error: duration_days: no column 'duration_days' (--duration-column) in the header")]
    public async Task Calibrate_BadDataFile_Exits2NamingTheLine(string csv, string message)
    {
        var data = _temp.Of("data.csv");
        await File.WriteAllTextAsync(data, csv);

        var result = await SimulatorProcess.RunAsync(Args("data.csv", _temp.Of("out")), _temp.Path);

        CliAssert.ExitCode(2, result);
        CliAssert.NoStackTrace(result);
        Assert.Contains(message, result.Stderr);
    }

    [Fact]
    public async Task Calibrate_DataFileIsAFolder_Exits2()
    {
        var result = await SimulatorProcess.RunAsync(Args(_temp.Path, _temp.Of("out")), RepoPaths.Root);

        CliAssert.ExitCode(2, result);
        Assert.Contains("is a folder; give a CSV file", result.Stderr);
    }

    [Fact]
    public async Task Calibrate_MissingRequiredOption_Exits2()
    {
        var result = await SimulatorProcess.RunAsync(["calibrate", Scenario, "--data", "x.csv"], RepoPaths.Root);

        CliAssert.ExitCode(2, result);
        Assert.Contains("--duration-column", result.Stderr);
    }

    [Fact]
    public async Task Calibrate_At80Columns_PrintsNoLineWiderAndNoTrailingSpaces()
    {
        var data = await DataAsync();
        var environment = new Dictionary<string, string> { ["COLUMNS"] = "80" };

        var result = await SimulatorProcess.RunAsync(Args(data, _temp.Of("narrow")), RepoPaths.Root, environment: environment);

        CliAssert.ExitCode(0, result);
        var lines = result.Stdout.Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= 80, $"a line is {l.Length} wide: '{l}'"));
        Assert.All(lines, l => Assert.False(l.EndsWith(' '), $"'{l}' ends in a space"));
        Assert.Contains("Fitted values, 95% profile intervals", result.Stdout);
        Assert.Contains("Holds at 365 d", result.Stdout);
    }

    [Fact]
    public async Task Help_ListsTheOptionsAsNamed()
    {
        var result = await SimulatorProcess.RunAsync(["calibrate", "--help"], RepoPaths.Root);

        CliAssert.ExitCode(0, result);
        foreach (var option in new[] { "--data", "--duration-column", "--event-column", "--time-unit", "--group-column", "--group", "--fit", "--out", "--where" })
        {
            Assert.Contains(option, result.Stdout);
        }
    }

    [Fact]
    public async Task Interrupt_DuringCalibration_Exits130KeepingTheBestPointSoFar()
    {
        if (OperatingSystem.IsWindows()) return;
        var data = await DataAsync();
        var folder = _temp.Of("cancelled");
        const long trials = 100_000;
        using var process = SimulatorProcess.Start(
            [.. Args(data, folder).Where(a => a != "--quiet").Select(a => a == "2000" ? trials.ToString(CultureInfo.InvariantCulture) : a),
             "--config", "Simulator:BlockSize=1024", "--config", "Simulator:ProgressIntervalSeconds=1"], RepoPaths.Root);

        // Wait until progress shows a second point under way, so at least one point has finished.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline && !PastFirstPoint(process.StderrSoFar, trials)) await Task.Delay(100);
        process.Signal("INT");
        var result = await process.WaitAsync(TimeSpan.FromSeconds(60));

        CliAssert.ExitCode(130, result);
        CliAssert.NoStackTrace(result);
        Assert.Contains("PARTIAL", result.Stdout);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "calibration.json")));
        Assert.True(json.RootElement.GetProperty("partial").GetBoolean());
        Assert.Contains("CANCELLED", File.ReadAllText(Path.Combine(folder, "calibrated.yaml")));
        Assert.Empty(_temp.LeftoverTemporaryFiles());
    }

    private static bool PastFirstPoint(string stderr, long trials) =>
        System.Text.RegularExpressions.Regex.Matches(stderr, @"([\d,]+)/[\d,]+ trials")
            .Any(m => long.Parse(m.Groups[1].Value.Replace(",", ""), CultureInfo.InvariantCulture) > trials);

    [Fact]
    public async Task Calibrate_SmallCase_MatchesTheGoldenFiles()
    {
        var data = await DataAsync();
        var folder = _temp.Of("golden");

        var result = await SimulatorProcess.RunAsync(Args(data, folder), RepoPaths.Root);

        CliAssert.ExitCode(0, result);
        GoldenFileTests.Compare("calibrate.calibration.json", File.ReadAllBytes(Path.Combine(folder, "calibration.json")));
        GoldenFileTests.Compare("calibrate.calibration-curves.csv", File.ReadAllBytes(Path.Combine(folder, "calibration-curves.csv")));
    }
}
