using System.Text.Json;
using Simulator.Cli.Tests.Support;

namespace Simulator.Cli.Tests;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM during a long run: the program stops at the next block, summarises
/// and writes the trials completed so far marked partial, leaves no temporary file and exits 130.
/// POSIX signals only, so these tests do nothing on Windows.
/// </summary>
public sealed class InterruptTests : IDisposable
{
    private const long Requested = 5_000_000;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Signal_DuringLongRun_Exits130AndWritesAPartialSummary(string signal)
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = _temp.Of("results");
        // Small blocks and a progress line every second so the run shows life quickly.
        using var process = SimulatorProcess.Start(
            ["run", "--trials", Requested.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", folder, "--trials-csv",
             "--config", "Simulator:BlockSize=256", "--config", "Simulator:ProgressIntervalSeconds=1"], _temp.Path);

        var sawProgress = await process.WaitForStderrAsync(" trials (", TimeSpan.FromSeconds(2));
        process.Signal(signal);
        var result = await process.WaitAsync(TimeSpan.FromSeconds(40));

        CliAssert.ExitCode(130, result);
        CliAssert.NoStackTrace(result);
        Assert.Contains("cancelled: ", result.Stderr);
        Assert.Contains("PARTIAL: cancelled", result.Stdout);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "summary.json")));
        var root = summary.RootElement;
        Assert.True(root.GetProperty("partial").GetBoolean());
        Assert.Equal(Requested, root.GetProperty("trials_requested").GetInt64());
        var completed = root.GetProperty("trials_completed").GetInt64();
        Assert.InRange(completed, sawProgress ? 1 : 0, Requested - 1);
        Assert.Empty(_temp.LeftoverTemporaryFiles());

        // trials.csv holds exactly the completed trials the summary counts.
        var rows = File.ReadLines(Path.Combine(folder, "trials.csv")).Count() - 1;
        var regimes = root.GetProperty("regimes").GetArrayLength();
        Assert.Equal(completed * regimes, rows);
    }
}
