using Simulator.Output.Manifests;
using Simulator.Service.Store;
using Simulator.Storage;
using Simulator.Service.Tests.Support;

namespace Simulator.Service.Tests.Store;

/// <summary>Only the served output files of a run's own folder, listed in its manifest, are ever resolved.</summary>
public sealed class DataFolderTests : IDisposable
{
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    [Theory]
    [InlineData("../../simulator.db")]
    [InlineData("../2/summary.json")]
    [InlineData("checkpoint.bin")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    public void RunFile_NameThatIsNotAServedOutput_IsNull(string name)
    {
        var data = new DataFolder(_root.Path);
        Directory.CreateDirectory(data.RunFolder(1));
        File.WriteAllText(Path.Combine(data.RunFolder(1), "checkpoint.bin"), "x");
        Assert.Null(data.RunFile(1, name));
    }

    [Fact]
    public void RunFile_ServedOutputListedInTheManifest_IsItsPathInsideTheRunFolder()
    {
        var data = new DataFolder(_root.Path);
        Directory.CreateDirectory(data.RunFolder(3));
        var summary = AtomicFile.WriteAllText(Path.Combine(data.RunFolder(3), "summary.json"), "{}");
        File.WriteAllText(Path.Combine(data.RunFolder(3), "survival.csv"), "regime\n"); // present, not listed: not finished
        ManifestFile.Write(data.RunFolder(3), new FolderManifest { Files = [ManifestFile.Entry(summary, "run", partial: false)] });
        Assert.Equal(Path.Combine(_root.Path, "runs", "3", "summary.json"), data.RunFile(3, "summary.json"));
        Assert.Null(data.RunFile(3, "survival.csv"));
        Assert.Null(data.RunFile(3, "causes.csv"));
        Assert.Equal(["summary.json"], data.FilesOf(3));
    }

    [Fact]
    public void RunFile_RunFolderIsALink_IsNull()
    {
        var data = new DataFolder(_root.Path);
        var outside = _root.Of("outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "summary.json"), "{}");
        Directory.CreateSymbolicLink(data.RunFolder(4), outside);
        Assert.Null(data.RunFile(4, "summary.json"));
    }
}
