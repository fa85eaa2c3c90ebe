using Simulator.Storage;
using Simulator.Tests.Support;

namespace Simulator.Tests.Storage;

/// <summary>FolderLock: one holder at a time, named when refused; a lock file without a live holder never blocks.</summary>
public sealed class FolderLockTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("folder-lock-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string LockPath => Path.Combine(_folder, FolderLock.FileName);

    [Fact]
    public void Acquire_WhileHeld_IsRefusedNamingTheHoldersPidAndCommand()
    {
        using var first = FolderLock.Acquire(_folder);

        var e = Assert.Throws<FolderBusyException>(() => FolderLock.Acquire(_folder));

        Assert.Equal(Environment.ProcessId, e.HolderPid);
        Assert.Contains(Path.GetFileName(Environment.GetCommandLineArgs()[0]), e.HolderCommand);
        Assert.Contains($"pid {Environment.ProcessId}", e.Message);
    }

    [Fact]
    public void Dispose_ReleasesTheLockAndRemovesTheLockFile()
    {
        FolderLock.Acquire(_folder).Dispose();

        Assert.False(File.Exists(LockPath));
        using var again = FolderLock.Acquire(_folder);
        Assert.True(File.Exists(LockPath));
    }

    [Fact]
    public void Acquire_LockFileLeftByADeadProcess_DoesNotBlock()
    {
        // What a killed holder leaves: the file with its pid, but no OS lock (the kernel released it).
        File.WriteAllText(LockPath, "999999\nsimulator run --out somewhere\n");

        using var held = FolderLock.Acquire(_folder);

        // Read without an OS lock of its own (.NET's File.ReadAllText would ask for a shared one and be refused).
        Assert.StartsWith($"{Environment.ProcessId}\n", SafeFile.ReadAllText(LockPath, 4096));
    }

    [Fact]
    public void Acquire_LinkAtTheLockName_IsRefusedAndItsTargetUntouched()
    {
        var victim = Path.Combine(_folder, "victim");
        File.WriteAllText(victim, "keep me");
        File.CreateSymbolicLink(LockPath, victim);

        Assert.Throws<UnsafeFileException>(() => FolderLock.Acquire(_folder));
        Assert.Equal("keep me", File.ReadAllText(victim));
    }

    [Fact]
    public void Acquire_HardLinkAtTheLockName_IsRefusedAndItsTargetUntouched()
    {
        if (!OperatingSystem.IsLinux()) return;
        var victim = Path.Combine(_folder, "victim");
        File.WriteAllText(victim, "keep me");
        SpecialFiles.HardLink(LockPath, victim);

        var e = Assert.Throws<UnsafeFileException>(() => FolderLock.Acquire(_folder));

        Assert.Contains("hard links", e.Message, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(victim));
    }
}
