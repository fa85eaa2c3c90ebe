using Simulator.Checkpoints;

namespace Simulator.Cli.Tests.Resume;

/// <summary>
/// A run interrupted by Ctrl+C (in-process cancellation) or by kill -9 (a child process killed with
/// SIGKILL) and then resumed with --resume writes exactly the bytes of an uninterrupted run.
/// </summary>
public class ResumeTests(ResumeFixture fixture) : IClassFixture<ResumeFixture>
{
    [Fact]
    public async Task CancelledAfterTheFirstProgressLine_ThenResumed_WritesTheUninterruptedBytes()
    {
        var folder = Path.Combine(fixture.Root, "cancelled");
        using var cancel = new CancellationTokenSource();

        // Cancel at the first progress line, or at the first checkpoint with trials in it if a fast
        // machine gets there first: either way in the middle of the run.
        var watcher = Cli.CancelAtFirstCheckpoint(folder, cancel);
        var first = await Cli.RunAsync(ResumeFixture.InterruptibleRunArgs(folder), cancel.Token, new CancelOnProgress(cancel));
        await cancel.CancelAsync();
        await watcher;

        Assert.True(first.ExitCode == 130, first.Error);
        var checkpoint = CheckpointFile.Read(CheckpointFile.PathIn(folder));
        Assert.InRange(checkpoint.CompletedTrials, 1, ResumeFixture.Trials - 1);
        Assert.Contains("\"partial\": true", File.ReadAllText(Path.Combine(folder, "summary.json")));

        var resumed = await Cli.RunAsync(["run", "--resume", folder, "--config", "Simulator:ProgressIntervalSeconds=1"]);

        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Contains($"resuming {folder}: {checkpoint.CompletedTrials:N0} of {ResumeFixture.Trials:N0} trials were completed", resumed.Error);
        Cli.AssertSameOutputs(fixture.Reference, folder, trialsCsv: true);
    }

    [Fact]
    public async Task KilledWithSigkill_ThenResumed_WritesTheUninterruptedBytes()
    {
        var folder = Path.Combine(fixture.Root, "killed");
        using var child = Cli.Start(ResumeFixture.InterruptibleRunArgs(folder, "--quiet"));
        long completed = 0;
        var deadline = DateTime.UtcNow.AddSeconds(40);
        try
        {
            // Wait for a checkpoint with some trials in it (the first one, at trial 0, is written before any trial runs).
            while (completed == 0 && DateTime.UtcNow < deadline && !child.HasExited)
            {
                await Task.Delay(100);
                try
                {
                    completed = CheckpointFile.Read(CheckpointFile.PathIn(folder)).CompletedTrials;
                }
                catch (CheckpointException)
                {
                }
            }
        }
        finally
        {
            if (!child.HasExited) child.Kill(entireProcessTree: true); // SIGKILL: no handler runs, nothing is flushed
            await child.WaitForExitAsync();
        }
        Assert.InRange(completed, 1, ResumeFixture.Trials - 1);
        Assert.False(File.Exists(Path.Combine(folder, "summary.json")), "a killed run publishes no summary");
        Assert.True(File.Exists(Path.Combine(folder, "trials.csv.partial")), "the killed run's rows are kept under the temporary name");

        using var resume = Cli.Start("run", "--resume", folder, "--quiet");
        await resume.WaitForExitAsync();

        Assert.Equal(0, resume.ExitCode);
        Cli.AssertSameOutputs(fixture.Reference, folder, trialsCsv: true);
    }
}
