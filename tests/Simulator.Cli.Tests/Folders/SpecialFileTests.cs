using Simulator.Cli.Tests.Support;
using Simulator.Output;
using Sim = Simulator.Cli.Tests.Resume.Cli;

namespace Simulator.Cli.Tests.Folders;

/// <summary>Scenario files and checkpoints that are devices, FIFOs or links to them are refused at once with exit 2, never read or waited on.</summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // Refused at once: a FIFO or /dev/zero read would block or run for many seconds.
    private static Task<Sim.Outcome> Quickly(string[] args) => Sim.RunAsync(args).WaitAsync(TimeSpan.FromSeconds(10));

    [Fact]
    public async Task Validate_DevZero_IsRefusedAtOnceAsADevice()
    {
        var outcome = await Quickly(["validate", "/dev/zero"]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("/dev/zero: is a device, not a regular file", outcome.Error);
    }

    [Fact]
    public async Task Validate_Fifo_IsRefusedWithoutBlocking()
    {
        var fifo = _temp.Of("scenario.yaml");
        FolderWait.MakeFifo(fifo);

        var outcome = await Quickly(["validate", fifo]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("is a FIFO (named pipe), not a regular file", outcome.Error);
    }

    [Fact]
    public async Task Run_ScenarioLinkedToDevZero_IsRefused()
    {
        var link = _temp.Of("scenario.yaml");
        File.CreateSymbolicLink(link, "/dev/zero");

        var outcome = await Quickly(["run", link, "--trials", "10", "--quiet"]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("is a device", outcome.Error);
    }

    [Theory]
    [InlineData("fifo")]
    [InlineData("link-to-dev-zero")]
    public async Task Resume_CheckpointThatIsNotARegularFile_IsRefusedAtOnce(string kind)
    {
        var folder = _temp.Of("run");
        Assert.Equal(0, (await Sim.RunAsync(["run", "--trials", "50", "--out", folder, "--quiet"])).ExitCode);
        var checkpoint = Path.Combine(folder, OutputFiles.Checkpoint);
        if (kind == "fifo") FolderWait.MakeFifo(checkpoint);
        else File.CreateSymbolicLink(checkpoint, "/dev/zero");

        var outcome = await Quickly(["run", "--resume", folder, "--quiet"]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(kind == "fifo" ? "FIFO" : "symbolic link", outcome.Error);
    }
}
