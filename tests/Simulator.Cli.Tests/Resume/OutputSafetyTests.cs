using Simulator.Output;
using Simulator.Storage;

namespace Simulator.Cli.Tests.Resume;

/// <summary>Outputs are never half-written, an unwritable folder stops the run before any trial, and a run writes only inside --out.</summary>
public class OutputSafetyTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("output-safety-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Reference => Path.Combine(Cli.RepoRoot, "scenarios", "reference", "constant-hazard.yaml");

    [Fact]
    public async Task UnwritableOutputFolder_IsReportedBeforeAnyTrialRuns()
    {
        var file = Path.Combine(_root, "a-file");
        File.WriteAllText(file, "not a folder");
        var folder = Path.Combine(file, "out");

        var outcome = await Cli.RunAsync(["run", Reference, "--out", folder, "--quiet"]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"error: --out: '{folder}' cannot be written", outcome.Error);
        Assert.Equal("", outcome.Out); // no result table: no trial ran
    }

    [Fact]
    public async Task CancelledRun_LeavesOnlyCompleteFilesUnderFinalNames()
    {
        var folder = Path.Combine(_root, "out");
        using var cancel = new CancellationTokenSource();

        var watcher = Cli.CancelAtFirstCheckpoint(folder, cancel);
        var outcome = await Cli.RunAsync(
            ["run", "--trials", "20000", "--out", folder, "--trials-csv", "--threads", "1", "--config", "Simulator:ProgressIntervalSeconds=1",
                "--config", "Simulator:BlockSize=64", "--config", "Simulator:CheckpointIntervalSeconds=0"],
            cancel.Token, new CancelOnProgress(cancel));
        await cancel.CancelAsync();
        await watcher;

        Assert.True(outcome.ExitCode == 130, outcome.Error);
        Assert.Empty(Directory.GetFiles(folder, "*.partial"));
        var summary = File.ReadAllText(Path.Combine(folder, "summary.json"));
        Assert.EndsWith("}\n", summary);
        Assert.Contains("\"partial\": true", summary);
        var rows = File.ReadAllLines(Path.Combine(folder, "trials.csv"));
        Assert.Equal(TrialsCsvWriter.Header, rows[0]);
        Assert.True(File.ReadAllText(Path.Combine(folder, "trials.csv")).EndsWith('\n'), "trials.csv ends with a complete row");
        Assert.Equal(0, (rows.Length - 1) % 4); // every trial has all four regimes' rows
    }

    [Fact]
    public void AtomicWrite_ThatFails_LeavesTheOldFileAndNoTemporary()
    {
        var path = Path.Combine(_root, "summary.json");
        File.WriteAllText(path, "old");

        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half of the new"u8);
            throw new IOException("disk full");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.False(File.Exists(AtomicFile.TemporaryPath(path)));
    }

    [Fact]
    public async Task Run_WritesOnlyInsideItsOutputFolder_AndResumeOnlyInsideItsFolder()
    {
        var input = Path.Combine(_root, "input");
        Directory.CreateDirectory(input);
        var scenario = Path.Combine(input, "scenario-under-test.yaml");
        File.Copy(Reference, scenario);
        var folder = Path.Combine(_root, "runs", "first");
        var before = Cli.Snapshot(_root);

        using (var cancelled = new CancellationTokenSource())
        {
            await cancelled.CancelAsync();
            var run = await Cli.RunAsync(["run", scenario, "--out", folder, "--trials", "300", "--trials-csv", "--quiet"], cancelled.Token);
            Assert.Equal(130, run.ExitCode);
        }

        var after = Cli.Snapshot(_root);
        var changed = after.Where(kv => !before.TryGetValue(kv.Key, out var old) || old != kv.Value).Select(kv => kv.Key).ToArray();
        Assert.NotEmpty(changed);
        Assert.All(changed, f => Assert.StartsWith(Path.Combine("runs", "first") + Path.DirectorySeparatorChar, f));
        Assert.Equal(before.Keys.Order(), after.Keys.Where(k => !k.StartsWith("runs", StringComparison.Ordinal)).Order());

        // Move the run folder elsewhere and delete the scenario it came from: --resume needs only the folder.
        var moved = Path.Combine(_root, "elsewhere", "moved");
        Directory.CreateDirectory(Path.GetDirectoryName(moved)!);
        Directory.Move(folder, moved);
        File.Delete(scenario);
        var beforeResume = Cli.Snapshot(_root);

        var resumed = await Cli.RunAsync(["run", "--resume", moved, "--quiet"]);

        Assert.True(resumed.ExitCode == 0, resumed.Error);
        var afterResume = Cli.Snapshot(_root);
        var touched = afterResume.Where(kv => !beforeResume.TryGetValue(kv.Key, out var old) || old != kv.Value).Select(kv => kv.Key)
            .Concat(beforeResume.Keys.Where(k => !afterResume.ContainsKey(k)))
            .ToArray();
        Assert.All(touched, f => Assert.StartsWith(Path.Combine("elsewhere", "moved") + Path.DirectorySeparatorChar, f));
        Assert.Contains("\"source\": \"scenario-under-test.yaml\"", File.ReadAllText(Path.Combine(moved, "summary.json")));
    }
}
