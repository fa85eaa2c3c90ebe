using Simulator.Cli.Tests.Support;
using Simulator.Output;
using Simulator.Storage;
using Sim = Simulator.Cli.Tests.Resume.Cli;

namespace Simulator.Cli.Tests.Folders;

/// <summary>No name in a run folder leads outside it: links at temporary and final names are never written through, and readers refuse links and edited files.</summary>
public sealed class NoEscapeTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // Every name run --trials-csv --report --plots creates, final and temporary.
    private static readonly string[] Finals =
    [
        OutputFiles.Summary, OutputFiles.Timing, OutputFiles.Scenario, OutputFiles.Survival, OutputFiles.Comparisons, OutputFiles.Causes,
        OutputFiles.Trials, OutputFiles.Checkpoint, OutputFiles.Report, "survival.png", "survival.svg",
    ];

    private static IEnumerable<string> Names() =>
        Finals.Concat(Finals.Select(AtomicFile.TemporaryPath)).Append(".write-check.partial").Append(OutputFiles.Manifest + ".partial");

    [Fact]
    public async Task Run_LinkAtEveryTemporaryAndFinalName_NeverWritesOutsideTheFolder()
    {
        var folder = Directory.CreateDirectory(_temp.Of("run")).FullName;
        var victim = _temp.Of("victim.txt");
        File.WriteAllText(victim, "outside the run folder");
        foreach (var name in Names()) File.CreateSymbolicLink(Path.Combine(folder, name), victim);

        var refused = await Sim.RunAsync(["run", "--trials", "200", "--out", folder, "--quiet"]);
        var run = await Sim.RunAsync(["run", "--trials", "200", "--out", folder, "--quiet", "--trials-csv", "--report", "--plots", "--force"]);

        Assert.Equal(2, refused.ExitCode); // links at output names are what an earlier run left: --force
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("outside the run folder", File.ReadAllText(victim));
        foreach (var name in Names())
        {
            var kind = SafeFile.KindOf(Path.Combine(folder, name));
            Assert.True(kind is FileKind.Regular or FileKind.Missing, $"{name} is {kind}");
        }
        Assert.Equal(0, (await Sim.RunAsync(["report", folder])).ExitCode);
        Assert.Equal("outside the run folder", File.ReadAllText(victim));
    }

    [Fact]
    public async Task Run_HardLinkAtTheLockName_IsRefusedAndItsTargetUntouched()
    {
        if (!OperatingSystem.IsLinux()) return;
        var folder = Directory.CreateDirectory(_temp.Of("run")).FullName;
        var victim = _temp.Of("victim.txt");
        File.WriteAllText(victim, "outside the run folder");
        using (var ln = System.Diagnostics.Process.Start("ln", [victim, Path.Combine(folder, FolderLock.FileName)])) ln.WaitForExit();

        var run = await Sim.RunAsync(["run", "--trials", "10", "--out", folder, "--quiet"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("hard links", run.Error);
        Assert.Equal("outside the run folder", File.ReadAllText(victim));
    }

    [Fact]
    public async Task Run_ManifestThatIsALink_IsRefused()
    {
        var folder = Directory.CreateDirectory(_temp.Of("run")).FullName;
        File.WriteAllText(_temp.Of("victim.json"), "{}");
        File.CreateSymbolicLink(Path.Combine(folder, OutputFiles.Manifest), _temp.Of("victim.json"));

        var run = await Sim.RunAsync(["run", "--trials", "10", "--out", folder, "--quiet", "--force"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("symbolic link", run.Error);
        Assert.Equal("{}", File.ReadAllText(_temp.Of("victim.json")));
    }

    [Fact]
    public async Task Report_LinkInsideTheFolder_IsRefusedAndNothingOutsideIsEmbedded()
    {
        var folder = _temp.Of("run");
        Assert.Equal(0, (await Sim.RunAsync(["run", "--trials", "100", "--out", folder, "--quiet"])).ExitCode);
        var secret = _temp.Of("secret.yaml");
        File.WriteAllText(secret, "name: a secret outside the folder\n");
        File.Delete(Path.Combine(folder, OutputFiles.Scenario));
        File.CreateSymbolicLink(Path.Combine(folder, OutputFiles.Scenario), secret);

        var report = await Sim.RunAsync(["report", folder]);

        Assert.Equal(2, report.ExitCode);
        Assert.Contains("symbolic link", report.Error);
        Assert.False(File.Exists(Path.Combine(folder, OutputFiles.Report)));
    }

    [Fact]
    public async Task Report_FileEditedAfterTheRun_IsRefused()
    {
        var folder = _temp.Of("run");
        Assert.Equal(0, (await Sim.RunAsync(["run", "--trials", "100", "--out", folder, "--quiet"])).ExitCode);
        File.AppendAllText(Path.Combine(folder, OutputFiles.Survival), "status_quo,1,1,0,0,0.5,0.4,0.6,0.1,0.1,0.1\n");

        var report = await Sim.RunAsync(["report", folder]);

        Assert.Equal(2, report.ExitCode);
        Assert.Contains("differs from what manifest.json records", report.Error);
    }

    [Fact]
    public async Task Report_SpecialFileAtAListedName_IsRefusedAtOnce()
    {
        var folder = _temp.Of("run");
        Assert.Equal(0, (await Sim.RunAsync(["run", "--trials", "100", "--out", folder, "--quiet"])).ExitCode);
        File.Delete(Path.Combine(folder, OutputFiles.Causes));
        FolderWait.MakeFifo(Path.Combine(folder, OutputFiles.Causes));

        var report = await Sim.RunAsync(["report", folder]).WaitAsync(TimeSpan.FromSeconds(20)); // a FIFO would block it forever

        Assert.Equal(2, report.ExitCode);
        Assert.Contains("FIFO", report.Error);
    }
}
