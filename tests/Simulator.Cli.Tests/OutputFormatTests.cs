using System.Globalization;
using System.Text.Json;
using Simulator.Cli.Tests.Support;

namespace Simulator.Cli.Tests;

/// <summary>What `run` and the studies print on standard output: fitted tables, or --format json|csv|markdown.</summary>
public sealed class OutputFormatTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("80", 80)]
    [InlineData(null, 120)]
    public async Task Run_Table_NoLineWiderThanTheWidthAndNoTrailingSpaces(string? columns, int width)
    {
        var environment = columns is null ? null : new Dictionary<string, string> { ["COLUMNS"] = columns };

        var result = await SimulatorProcess.RunAsync(["run", "--trials", "300", "--quiet"], _temp.Path, environment: environment);

        CliAssert.ExitCode(0, result);
        var lines = result.Stdout.Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= width, $"a line is {l.Length} wide: '{l}'"));
        Assert.All(lines, l => Assert.False(l.EndsWith(' '), $"'{l}' ends in a space"));
        foreach (var regime in new[] { "status_quo", "mediator_commission", "third_party_monitors", "third_party_full_access" })
        {
            Assert.Contains(regime, result.Stdout);
        }
        Assert.Contains("Holds at 365 d", result.Stdout);
        Assert.Contains("Retaliations", result.Stdout);
    }

    [Fact]
    public async Task Run_FormatJson_IsTheSummaryJsonTheRunWrites()
    {
        var folder = _temp.Of("out");

        var result = await SimulatorProcess.RunAsync(["run", RepoPaths.ConstantHazard, "--trials", "400", "--out", folder, "--format", "json", "--quiet"], _temp.Path);

        CliAssert.ExitCode(0, result);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(400, json.RootElement.GetProperty("trials_completed").GetInt64());
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "summary.json")), result.Stdout);
    }

    [Fact]
    public async Task Run_FormatCsv_IsOneLongTableAgreeingWithTheSummary()
    {
        var folder = _temp.Of("out");

        var result = await SimulatorProcess.RunAsync(["run", "--trials", "300", "--out", folder, "--format", "csv", "--quiet"], _temp.Path);

        CliAssert.ExitCode(0, result);
        var rows = result.Stdout.TrimEnd('\n').Split('\n').Select(l => l.Split(',')).ToList();
        Assert.Equal("regime,day,measure,estimate,lower,upper", string.Join(',', rows[0]));
        Assert.All(rows, r => Assert.Equal(6, r.Length));
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "summary.json")));
        var regime = summary.RootElement.GetProperty("regimes")[0];
        var id = regime.GetProperty("id").GetString();
        var holds = rows.Where(r => r[0] == id && r[2] == "holds").ToList();
        Assert.Equal(summary.RootElement.GetProperty("report_days").GetArrayLength(), holds.Count);
        Assert.Contains(rows, r => r[2] == "change_in_holds");
        Assert.Equal(rows.Count, rows.Select(r => string.Join(',', r.Take(3))).Distinct().Count()); // one row per regime, day and measure
        Assert.Contains(rows, r => r[2] == "logrank_log10_p");
        Assert.All(rows.Skip(1), r => Assert.True(r[3].Length == 0 || double.TryParse(r[3], NumberStyles.Float, CultureInfo.InvariantCulture, out _)));
    }

    [Fact]
    public async Task Run_FormatMarkdown_PrintsPipeTables()
    {
        var result = await SimulatorProcess.RunAsync(["run", RepoPaths.ConstantHazard, "--trials", "300", "--format", "markdown", "--quiet"], _temp.Path);

        CliAssert.ExitCode(0, result);
        var lines = result.Stdout.Split('\n');
        Assert.Contains("**Probability the truce still holds, with 95% intervals (Kaplan–Meier, log-log)**", lines);
        Assert.Contains(lines, l => l.StartsWith("| Regime", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("| :--", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith('─'));
    }

    [Fact]
    public async Task Sweep_FormatJsonAndCsv_CarryEveryPoint()
    {
        string[] sweep = ["sweep", RepoPaths.ConstantHazard, "--vary", "regimes.monitors.sensitivity=0.2,0.4", "--trials", "200", "--quiet"];
        var folder = _temp.Of("sweep");

        var json = await SimulatorProcess.RunAsync([.. sweep, "--format", "json"], _temp.Path);
        var csv = await SimulatorProcess.RunAsync([.. sweep, "--format", "csv", "--out", folder], _temp.Path);

        CliAssert.ExitCode(0, json);
        using var document = JsonDocument.Parse(json.Stdout);
        var points = document.RootElement.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(2, points.Count);
        Assert.Equal("0.4", points[1].GetProperty("settings").GetProperty("regimes.monitors.sensitivity").GetString());
        Assert.Equal(200, points[1].GetProperty("summary").GetProperty("trials_completed").GetInt64());
        CliAssert.ExitCode(0, csv);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "sweep.csv")), csv.Stdout);
    }
}
