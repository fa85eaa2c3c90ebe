using Simulator.Output;
using Simulator.Output.Manifests;
using Simulator.Storage;

namespace Simulator.Tests.Output.Manifests;

/// <summary>TrustedFolder: a reader sees only what manifest.json lists, with the bytes it records, never through a link.</summary>
public sealed class TrustedFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("trusted-folder-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string In(string name) => Path.Combine(_folder, name);

    private void Publish(params WrittenFile[] files) =>
        ManifestFile.Write(_folder, new FolderManifest { Files = [.. files.Select(f => ManifestFile.Entry(f, "run", partial: false))] });

    [Fact]
    public void ReadAllBytes_ListedFile_ReturnsItsBytes()
    {
        Publish(AtomicFile.WriteAllText(In("summary.json"), "{}\n"));

        Assert.Equal("{}\n"u8.ToArray(), TrustedFolder.Open(_folder).ReadAllBytes("summary.json"));
    }

    [Fact]
    public void Open_FolderWithoutManifest_IsRefusedSayingNothingFinished()
    {
        File.WriteAllText(In("summary.json"), "{}");

        var e = Assert.Throws<UnsafeFileException>(() => TrustedFolder.Open(_folder));
        Assert.Contains("holds no finished output", e.Message);
    }

    [Fact]
    public void Has_FileNotInTheManifest_IsFalseAndCannotBeOpened()
    {
        Publish(AtomicFile.WriteAllText(In("summary.json"), "{}\n"));
        File.WriteAllText(In("trials.csv"), "left by an earlier run");

        var folder = TrustedFolder.Open(_folder);
        Assert.False(folder.Has("trials.csv"));
        Assert.Throws<FileNotFoundException>(() => folder.OpenRead("trials.csv"));
    }

    [Fact]
    public void ReadAllBytes_FileEditedAfterThePublish_IsRefused()
    {
        Publish(AtomicFile.WriteAllText(In("survival.csv"), "regime,day\na,1\n"));
        File.WriteAllText(In("survival.csv"), "regime,day\na,2\n"); // same length, other bytes

        var e = Assert.Throws<UnsafeFileException>(() => TrustedFolder.Open(_folder).ReadAllBytes("survival.csv"));
        Assert.Contains("SHA-256 differs", e.Message);
    }

    [Fact]
    public void OpenRead_FileGrownAfterThePublish_IsRefusedOnceItPassesTheRecordedLength()
    {
        Publish(AtomicFile.WriteAllText(In("survival.csv"), "abc"));
        File.AppendAllText(In("survival.csv"), new string('x', 100_000));

        using var stream = TrustedFolder.Open(_folder).OpenRead("survival.csv");
        var buffer = new byte[4];
        Assert.Throws<UnsafeFileException>(() => { while (stream.Read(buffer) > 0) { } });
    }

    [Fact]
    public void OpenRead_ListedNameReplacedByALink_IsRefused()
    {
        var written = AtomicFile.WriteAllText(In("scenario.yaml"), "name: x\n");
        Publish(written);
        File.Delete(In("scenario.yaml"));
        File.CreateSymbolicLink(In("scenario.yaml"), "/etc/passwd");

        var e = Assert.Throws<UnsafeFileException>(() => TrustedFolder.Open(_folder).ReadAllBytes("scenario.yaml"));
        Assert.Contains("symbolic link", e.Message);
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("sub/file")]
    [InlineData("..")]
    public void Open_ManifestNamingAPathOutsideTheFolder_IsRefused(string name)
    {
        File.WriteAllText(ManifestFile.PathIn(_folder),
            $$"""{"schema_version":1,"partial":false,"files":[{"name":"{{name}}","written_by":"run","partial":false,"bytes":0,"sha256":"00"}]}""");

        Assert.Throws<UnsafeFileException>(() => TrustedFolder.Open(_folder));
    }

    [Fact]
    public void Write_PartialEntry_MarksTheWholeManifestPartial()
    {
        var written = AtomicFile.WriteAllText(In("summary.json"), "{}\n");
        ManifestFile.Write(_folder, new FolderManifest { Files = [ManifestFile.Entry(written, "run", partial: true)] });

        var manifest = ManifestFile.TryRead(_folder)!;
        Assert.True(manifest.Partial);
        Assert.True(manifest.Files[0].Partial);
        Assert.Contains("\"partial\": true", File.ReadAllText(ManifestFile.PathIn(_folder)));
    }
}
