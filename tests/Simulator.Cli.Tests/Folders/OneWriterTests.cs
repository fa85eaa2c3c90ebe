using Sim = Simulator.Cli.Tests.Resume.Cli;
using Simulator.Cli.Tests.Support;

namespace Simulator.Cli.Tests.Folders;

/// <summary>One writer per folder: while a run writes DIR, every other writer of DIR is refused naming it; a killed holder never blocks.</summary>
public sealed class OneWriterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task WhileARunWritesTheFolder_EveryOtherWriterIsRefusedNamingIt_AndOnceItIsKilledTheFolderIsFree()
    {
        var folder = _temp.Of("busy");
        using var child = Sim.Start(FolderWait.LongRun(folder));
        try
        {
            await FolderWait.UntilLocked(folder, child);

            Sim.Outcome[] others =
            [
                await Sim.RunAsync(["run", "--trials", "10", "--out", folder, "--force", "--quiet"]),
                await Sim.RunAsync(["run", "--resume", folder, "--quiet"]),
                await Sim.RunAsync(["report", folder]),
                await Sim.RunAsync(["sweep", "--vary", "run.seed=1,2", "--trials", "10", "--out", folder, "--force", "--quiet"]),
            ];
            foreach (var other in others)
            {
                Assert.Equal(2, other.ExitCode);
                Assert.Contains($"is in use by another process (pid {child.Id}: ", other.Error);
                Assert.Contains("run --trials 5000000", other.Error); // the holder's command
            }
            Assert.False(child.HasExited);
        }
        finally
        {
            await FolderWait.Kill(child);
        }

        // The killed holder's lock file is left behind, but the OS released its lock.
        var after = await Sim.RunAsync(["run", "--trials", "10", "--out", folder, "--force", "--quiet"]);
        Assert.True(after.ExitCode == 0, after.Error);
    }

    [Fact]
    public async Task TwoRunsStartedTogether_OneWritesAndTheOtherIsRefused()
    {
        var folder = _temp.Of("race");
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            Sim.RunAsync(["run", "--trials", "20000", "--threads", "1", "--out", folder, "--force", "--quiet", "--trials-csv"]))));

        // Both may also succeed one after the other; never both at once, and never a mixed folder.
        Assert.All(runs, r => Assert.True(r.ExitCode is 0 or 2, r.Error));
        Assert.Contains(runs, r => r.ExitCode == 0);
        foreach (var refused in runs.Where(r => r.ExitCode == 2)) Assert.Contains("is in use by another process", refused.Error);
        var report = await Sim.RunAsync(["report", folder]);
        Assert.True(report.ExitCode == 0, report.Error); // every file matches the one manifest
    }
}
