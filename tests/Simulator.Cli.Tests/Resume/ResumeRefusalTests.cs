using Simulator.Checkpoints;

namespace Simulator.Cli.Tests.Resume;

/// <summary>--resume refuses, naming what differs, and leaves the run folder as it was.</summary>
public class ResumeRefusalTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("resume-refusal-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Scenario => Path.Combine(Cli.RepoRoot, "scenarios", "reference", "constant-hazard.yaml");

    /// <summary>A run folder stopped before its first trial (the token is cancelled up front): a checkpoint at trial 0.</summary>
    private async Task<string> InterruptedRun(params string[] more)
    {
        var folder = Path.Combine(_root, "run");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var outcome = await Cli.RunAsync(["run", Scenario, "--out", folder, "--trials", "500", "--seed", "11", "--quiet", .. more], cancelled.Token);
        Assert.True(outcome.ExitCode == 130, outcome.Error);
        Assert.Equal(0, CheckpointFile.Read(CheckpointFile.PathIn(folder)).CompletedTrials);
        return folder;
    }

    private static async Task<string> Refused(string folder, params string[] more)
    {
        var before = Cli.Snapshot(folder);
        var outcome = await Cli.RunAsync(["run", "--resume", folder, "--quiet", .. more]);
        Assert.True(outcome.ExitCode == 2, $"exit {outcome.ExitCode}: {outcome.Error}");
        Assert.Equal("", outcome.Out); // nothing was run
        Assert.Equal(before, Cli.Snapshot(folder));
        return outcome.Error;
    }

    [Fact]
    public async Task EditedScenarioYaml_IsRefusedNamingTheScenario()
    {
        var folder = await InterruptedRun();
        var path = Path.Combine(folder, "scenario.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("attack_rate: 0.05", "attack_rate: 0.06"));
        Assert.NotEqual(File.ReadAllText(Scenario), File.ReadAllText(path));

        var error = await Refused(folder);

        Assert.Contains($"cannot resume {folder}: it differs from the checkpointed run in: scenario: {path} was edited since the run started; scenario hash: ", error);
    }

    [Fact]
    public async Task ChangedOptions_AreRefusedNamingEachOption()
    {
        var folder = await InterruptedRun();

        var error = await Refused(folder, "--seed", "12", "--trials", "600", "--set", "run.horizon_days=100", "--trials-csv");

        Assert.Contains("--trials 600: the run was started with 500 trials", error);
        Assert.Contains("--seed 12: the run was started with seed 11", error);
        Assert.Contains("--set run.horizon_days=100: not an override of the run (its overrides: run.trials=500 run.seed=11)", error);
        Assert.Contains("--trials-csv: the run was started without it", error);
    }

    [Fact]
    public async Task OtherRegimeSelection_IsRefused()
    {
        var folder = Path.Combine(_root, "seed");
        using (var cancelled = new CancellationTokenSource())
        {
            await cancelled.CancelAsync();
            var run = await Cli.RunAsync(["run", "--out", folder, "--trials", "500", "--regime", "status_quo", "--regime", "mediator_commission", "--quiet"], cancelled.Token);
            Assert.Equal(130, run.ExitCode);
        }

        var error = await Refused(folder, "--regime", "status_quo");

        Assert.Contains("--regime status_quo: the run was started with regimes status_quo, mediator_commission", error);
    }

    [Fact]
    public async Task SameOptionsRepeated_AreAccepted()
    {
        var folder = await InterruptedRun();

        var outcome = await Cli.RunAsync(["run", "--resume", folder, "--trials", "500", "--seed", "11", "--quiet"]);

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.False(File.Exists(CheckpointFile.PathIn(folder)));
    }

    [Fact]
    public async Task CorruptedCheckpoint_IsRefusedWithAClearError()
    {
        var folder = await InterruptedRun();
        var path = CheckpointFile.PathIn(folder);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 1;
        File.WriteAllBytes(path, bytes);

        var error = await Refused(folder);

        Assert.Equal($"error: --resume: cannot resume: {path}: corrupted: the checksum does not match the content", error.Trim());
    }

    [Fact]
    public async Task TruncatedCheckpoint_IsRefusedWithAClearError()
    {
        var folder = await InterruptedRun();
        var path = CheckpointFile.PathIn(folder);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..100]);

        var error = await Refused(folder);

        Assert.StartsWith($"error: --resume: cannot resume: {path}: truncated: 100 bytes of ", error);
    }

    [Fact]
    public async Task FinishedRun_HasNothingToResume()
    {
        var folder = Path.Combine(_root, "done");
        var run = await Cli.RunAsync(["run", Scenario, "--out", folder, "--trials", "200", "--quiet"]);
        Assert.Equal(0, run.ExitCode);

        var error = await Refused(folder);

        Assert.Contains("no checkpoint (the run there finished", error);
    }

    [Fact]
    public async Task ScenarioFileWithResume_IsRefused()
    {
        var folder = await InterruptedRun();

        var outcome = await Cli.RunAsync(["run", Scenario, "--resume", folder]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--resume: reads the scenario from", outcome.Error);
    }
}
