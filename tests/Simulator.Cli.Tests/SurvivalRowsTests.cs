using System.Globalization;
using Simulator.Cli.Tests.Support;

namespace Simulator.Cli.Tests;

/// <summary>`run --survival bounded|full`: survival.csv bounded by default, every distinct time on request.</summary>
public sealed class SurvivalRowsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // 30,000 trials of constant hazard: about 29,600 collapses over 365,000 ticks, so well over
    // 10,000 distinct times.
    private async Task<string[]> SurvivalRows(string folderName, params string[] extra)
    {
        var folder = _temp.Of(folderName);
        var result = await SimulatorProcess.RunAsync(
            ["run", RepoPaths.ConstantHazard, "--trials", "30000", "--out", folder, "--quiet", .. extra], _temp.Path);
        CliAssert.ExitCode(0, result);
        return File.ReadAllLines(Path.Combine(folder, "survival.csv"))[1..];
    }

    [Fact]
    public async Task Run_ManyDistinctTimes_BoundedByDefaultAndExactOnTheGrid()
    {
        var bounded = await SurvivalRows("bounded");
        var full = await SurvivalRows("full", "--survival", "full");

        Assert.True(full.Length > 10_000, $"{full.Length} rows in full");
        Assert.InRange(bounded.Length, 2, 10_001);
        // Grid of 0.1 day (365 days within 10,000 steps of 0.1), ending at the horizon.
        Assert.Equal("365", bounded[^1].Split(',')[1]);
        Assert.Equal(full[^1].Split(',')[5..], bounded[^1].Split(',')[5..]);
        // Each grid row carries the full curve's values at the last distinct time at or before its day.
        var fullDays = full.Select(l => double.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)).ToArray();
        foreach (var row in bounded)
        {
            var cells = row.Split(',');
            var day = double.Parse(cells[1], CultureInfo.InvariantCulture);
            var at = Array.FindLastIndex(fullDays, d => d <= day);
            Assert.Equal(full[at].Split(',')[5..], cells[5..]);
        }
        Assert.Equal(Sum(full, 3), Sum(bounded, 3));
        Assert.Equal(Sum(full, 4), Sum(bounded, 4));
    }

    [Fact]
    public async Task Run_UnknownSurvivalValue_IsRefusedWithExit2()
    {
        var result = await SimulatorProcess.RunAsync(["run", RepoPaths.ConstantHazard, "--trials", "10", "--survival", "ful"], _temp.Path);

        CliAssert.ExitCode(2, result);
        Assert.Contains("--survival", result.Stderr);
        CliAssert.NoStackTrace(result);
    }

    private static long Sum(string[] rows, int column) => rows.Sum(r => long.Parse(r.Split(',')[column], CultureInfo.InvariantCulture));
}
