using System.Diagnostics;
using Simulator.Checkpoints;
using Simulator.Storage;

namespace Simulator.Cli.Tests.Folders;

/// <summary>Waits for what a child run does to its folder: its lock, its first checkpoint with trials.</summary>
internal static class FolderWait
{
    /// <summary>A run of the seed scenario that takes long enough to be caught in the middle.</summary>
    public static string[] LongRun(string folder, params string[] more) =>
    [
        "run", "--trials", "5000000", "--threads", "1", "--out", folder, "--quiet",
        "--config", "Simulator:BlockSize=64", "--config", "Simulator:CheckpointIntervalSeconds=0", .. more,
    ];

    /// <summary>Until the child holds the folder's lock and has written its pid in it.</summary>
    public static async Task UntilLocked(string folder, Process child)
    {
        var deadline = DateTime.UtcNow.AddSeconds(40);
        while (DateTime.UtcNow < deadline && !child.HasExited)
        {
            try
            {
                if (SafeFile.ReadAllText(Path.Combine(folder, FolderLock.FileName), 4096).StartsWith($"{child.Id}\n", StringComparison.Ordinal)) return;
            }
            catch (IOException)
            {
            }
            await Task.Delay(50);
        }
        Assert.Fail("the child run never locked its folder");
    }

    /// <summary>Until the child's checkpoint counts some trials.</summary>
    public static async Task UntilCheckpointed(string folder, Process child)
    {
        var deadline = DateTime.UtcNow.AddSeconds(40);
        while (DateTime.UtcNow < deadline && !child.HasExited)
        {
            try
            {
                if (CheckpointFile.Read(CheckpointFile.PathIn(folder)).CompletedTrials > 0) return;
            }
            catch (CheckpointException)
            {
            }
            await Task.Delay(50);
        }
        Assert.Fail("the child run never checkpointed a trial");
    }

    /// <summary>A FIFO (named pipe) made with mkfifo(1).</summary>
    public static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>SIGKILL: no handler runs.</summary>
    public static async Task Kill(Process child)
    {
        if (!child.HasExited) child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync();
    }
}
