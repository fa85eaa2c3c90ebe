using Simulator.Service.Tests.Support;

namespace Simulator.Service.Tests.Jobs;

/// <summary>
/// The real server as a child process: killed with SIGKILL in the middle of a run, or stopped with
/// SIGTERM, then started again on the same --data: the run resumes from its checkpoint and its files
/// have the bytes `run` writes for the same options and seed, as if nothing had happened.
/// </summary>
public sealed class DurabilityTests : IDisposable
{
    private const string Trials = "24000";
    private readonly TempFolder _data = new();
    private readonly TempFolder _cli = new();

    // Small blocks and a checkpoint after each: the run is mid-way for long enough, and resumes from late in it.
    // The run's notes are logged at Information: they show that the restarted server resumed rather than started over.
    private static readonly string[] Config =
        ["Simulator:BlockSize=512", "Simulator:CheckpointIntervalSeconds=0", "Service:ThreadsPerRun=1", "Logging:LogLevel:Simulator.Service=Information"];

    public void Dispose()
    {
        _data.Dispose();
        _cli.Dispose();
    }

    [Fact]
    public async Task KilledWithSigkillMidRun_RestartedServer_FinishesWithTheBytesRunWrites()
    {
        long id;
        using (var server = await ServerProcess.StartAsync(_data.Path, Config))
        using (var client = server.Client())
        {
            id = await Support.Api.SubmitAccepted(client, $$"""{"trials": {{Trials}}, "seed": 77}""");
            await Support.Api.WaitFor(client, id, run => run.Completed() >= 4096, TimeSpan.FromSeconds(120));
            Assert.True(File.Exists(Path.Combine(RunFolder(id), "checkpoint.bin")), "a checkpoint exists before the kill");
            server.KillHard();
        }
        Assert.False(File.Exists(Path.Combine(RunFolder(id), "summary.json")), "the run was killed before it ended");

        using (var restarted = await ServerProcess.StartAsync(_data.Path, Config))
        using (var client = restarted.Client())
        {
            var ended = await Support.Api.WaitForEnd(client, id, TimeSpan.FromSeconds(240));
            Assert.Equal("succeeded", ended.Status());
            var cli = await CliReference.Run(_cli.Of("reference"), "--trials", Trials, "--seed", "77");
            foreach (var name in CliReference.ComparedFiles)
            {
                CliReference.AssertSameBytes(cli, name, await client.GetByteArrayAsync($"/api/runs/{id}/files/{name}"));
            }
            Assert.Contains("1 run(s) were interrupted; they resume from their checkpoints", restarted.Stdout);
            Assert.Matches($"run {id}: resuming .* of 24,000 trials were completed", restarted.Stdout);
        }
    }

    [Fact]
    public async Task StoppedWithSigterm_CheckpointsAndRequeues_ThenResumesToTheSameBytes()
    {
        long id;
        using (var server = await ServerProcess.StartAsync(_data.Path, Config))
        using (var client = server.Client())
        {
            id = await Support.Api.SubmitAccepted(client, $$"""{"trials": {{Trials}}, "seed": 78}""");
            await Support.Api.WaitFor(client, id, run => run.Completed() >= 4096, TimeSpan.FromSeconds(120));
            await server.TerminateAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(0, server.ExitCode);
            Assert.Contains("stopped; running trials were checkpointed", server.Stderr);
        }
        var checkpoint = Simulator.Checkpoints.CheckpointFile.Read(Path.Combine(RunFolder(id), "checkpoint.bin"));
        Assert.InRange(checkpoint.CompletedTrials, 4096, 23_999);

        using (var restarted = await ServerProcess.StartAsync(_data.Path, Config))
        using (var client = restarted.Client())
        {
            var waiting = await Support.Api.Get(client, id);
            await Support.Api.WaitForEnd(client, id, TimeSpan.FromSeconds(240));
            Assert.Matches($"run {id}: resuming .* of 24,000 trials were completed", restarted.Stdout);
            Assert.Contains(waiting.Status(), new[] { "queued", "running", "succeeded" });
            var ended = await Support.Api.WaitForEnd(client, id, TimeSpan.FromSeconds(240));
            Assert.Equal("succeeded", ended.Status());
            var cli = await CliReference.Run(_cli.Of("reference"), "--trials", Trials, "--seed", "78");
            foreach (var name in CliReference.ComparedFiles)
            {
                CliReference.AssertSameBytes(cli, name, await client.GetByteArrayAsync($"/api/runs/{id}/files/{name}"));
            }
        }
    }

    private string RunFolder(long id) => Path.Combine(_data.Path, "runs", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
