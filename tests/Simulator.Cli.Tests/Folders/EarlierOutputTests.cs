using Simulator.Cli.Tests.Support;
using Simulator.Output;
using Simulator.Output.Manifests;
using Sim = Simulator.Cli.Tests.Resume.Cli;

namespace Simulator.Cli.Tests.Folders;

/// <summary>A folder holding an earlier run is refused unless --force, which removes its files first; a run killed before its manifest leaves nothing a reader trusts.</summary>
public sealed class EarlierOutputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Task<Sim.Outcome> Run(string folder, params string[] more) =>
        Sim.RunAsync(["run", "--trials", "200", "--out", folder, "--quiet", .. more]);

    [Fact]
    public async Task RunIntoTheFolderOfAnEarlierRun_IsRefusedWithoutForce_AndLeavesItsFilesAlone()
    {
        var folder = _temp.Of("run");
        Assert.Equal(0, (await Run(folder, "--trials-csv", "--report")).ExitCode);
        var before = Sim.Snapshot(folder);

        var again = await Run(folder, "--seed", "5");

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("holds the outputs of an earlier run (", again.Error);
        Assert.Contains("give --force to replace them", again.Error);
        Assert.Equal(before, Sim.Snapshot(folder));
    }

    [Fact]
    public async Task RunWithForce_RemovesTheEarlierRunsFiles_AndTheManifestListsOnlyTheNewOnes()
    {
        var folder = _temp.Of("run");
        Assert.Equal(0, (await Run(folder, "--trials-csv", "--report")).ExitCode);

        var again = await Run(folder, "--seed", "5", "--force");

        Assert.True(again.ExitCode == 0, again.Error);
        Assert.False(File.Exists(Path.Combine(folder, OutputFiles.Trials)), "the earlier run's trials.csv was removed");
        Assert.False(File.Exists(Path.Combine(folder, OutputFiles.Report)), "the earlier run's report was removed");
        var listed = ManifestFile.TryRead(folder)!.Files.Select(f => f.Name).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "causes.csv", "comparisons-by-day.csv", "comparisons.csv", "frontier.csv", "scenario.yaml", "summary.json", "survival.csv", "timing.json" }, listed);
        Assert.Contains("\"seed\": 5,", File.ReadAllText(Path.Combine(folder, OutputFiles.Summary)));
    }

    [Fact]
    public async Task RunKilledBeforeItsSummary_LeavesNoEarlierSummaryAndNoManifest_SoReportRefuses()
    {
        var folder = _temp.Of("run");
        Assert.Equal(0, (await Run(folder)).ExitCode);

        using (var child = Sim.Start(FolderWait.LongRun(folder, "--force")))
        {
            await FolderWait.UntilCheckpointed(folder, child);
            await FolderWait.Kill(child);
        }

        Assert.False(File.Exists(Path.Combine(folder, OutputFiles.Summary)), "the earlier summary was removed before the new run started");
        Assert.False(File.Exists(Path.Combine(folder, OutputFiles.Manifest)));
        var report = await Sim.RunAsync(["report", folder]);
        Assert.Equal(2, report.ExitCode);
        Assert.Contains("holds no finished output", report.Error);
    }

    [Fact]
    public async Task SweepIntoARunFolder_KeepsTheRunAndListsBoth()
    {
        var folder = _temp.Of("run");
        Assert.Equal(0, (await Run(folder)).ExitCode);

        var sweep = await Sim.RunAsync(["sweep", "--vary", "run.seed=1,2", "--trials", "50", "--out", folder, "--quiet"]);
        var again = await Sim.RunAsync(["sweep", "--vary", "run.seed=1,2", "--trials", "50", "--out", folder, "--quiet"]);

        Assert.True(sweep.ExitCode == 0, sweep.Error);
        Assert.Equal(2, again.ExitCode); // its own earlier outputs: --force
        var manifest = ManifestFile.TryRead(folder)!;
        Assert.Contains(manifest.Files, f => f.Name == OutputFiles.Summary && f.WrittenBy == "run");
        Assert.Contains(manifest.Files, f => f.Name == OutputFiles.Sweep && f.WrittenBy == "sweep");
        Assert.Equal(0, (await Sim.RunAsync(["report", folder])).ExitCode);
    }

    [Fact]
    public async Task CancelledRun_SaysItIsPartialInTheManifestAndInEveryJsonFile()
    {
        var folder = _temp.Of("cancelled");
        using var cancel = new CancellationTokenSource();
        var watcher = Sim.CancelAtFirstCheckpoint(folder, cancel);
        var outcome = await Sim.RunAsync(
            ["run", "--trials", "2000000", "--threads", "1", "--out", folder, "--trials-csv", "--quiet",
                "--config", "Simulator:BlockSize=64", "--config", "Simulator:CheckpointIntervalSeconds=0"], cancel.Token);
        await cancel.CancelAsync();
        await watcher;

        Assert.Equal(130, outcome.ExitCode);
        var manifest = ManifestFile.TryRead(folder)!;
        Assert.True(manifest.Partial);
        Assert.All(manifest.Files, f => Assert.True(f.Partial, f.Name));
        Assert.Contains(manifest.Files, f => f.Name == OutputFiles.Checkpoint); // what --resume continues from
        Assert.Contains("\"partial\": true", File.ReadAllText(Path.Combine(folder, OutputFiles.Summary)));
        Assert.Contains("\"partial\": true", File.ReadAllText(Path.Combine(folder, OutputFiles.Timing)));
    }
}
