namespace Simulator.Cli.Tests.Resume;

/// <summary>
/// One uninterrupted run of the built-in seed scenario with trials.csv, the reference every
/// interrupted-and-resumed run must reproduce byte for byte. Sized to take a few seconds, so a run
/// can be interrupted in the middle, while the whole class stays well under a minute.
/// </summary>
public sealed class ResumeFixture : IAsyncLifetime
{
    public const long Trials = 16_000;

    public string Root { get; } = Directory.CreateTempSubdirectory("resume-tests-").FullName;

    public string Reference => Path.Combine(Root, "reference");

    public static string[] RunArgs(string folder, params string[] more) =>
    [
        "run", "--trials", Trials.ToString(), "--out", folder, "--trials-csv",
        "--config", "Simulator:BlockSize=256", "--config", "Simulator:CheckpointIntervalSeconds=1",
        "--config", "Simulator:ProgressIntervalSeconds=1", .. more,
    ];

    /// <summary>
    /// A run meant to be interrupted: one thread and a checkpoint after every small block, so even
    /// a fast machine is caught in the middle (results do not depend on either setting).
    /// </summary>
    public static string[] InterruptibleRunArgs(string folder, params string[] more) =>
        RunArgs(folder, ["--threads", "1", "--config", "Simulator:BlockSize=64", "--config", "Simulator:CheckpointIntervalSeconds=0", .. more]);

    public async Task InitializeAsync()
    {
        var outcome = await Cli.RunAsync(RunArgs(Reference, "--quiet"));
        Assert.True(outcome.ExitCode == 0, outcome.Error);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        return Task.CompletedTask;
    }
}
