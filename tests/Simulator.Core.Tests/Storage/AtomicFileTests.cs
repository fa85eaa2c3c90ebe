using System.Text;
using Simulator.Storage;

namespace Simulator.Tests.Storage;

/// <summary>AtomicFile: a final name only ever holds complete content.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("atomic-file-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TemporaryPath_IsTheFinalNameWithThePartialSuffix()
    {
        Assert.Equal(".partial", AtomicFile.TemporarySuffix);
        Assert.Equal(Path.Combine(_folder, "summary.json.partial"), AtomicFile.TemporaryPath(Path.Combine(_folder, "summary.json")));
    }

    [Fact]
    public void WriteAllText_FinalNameHoldsTheCompleteContentAsUtf8WithoutBom()
    {
        var path = Path.Combine(_folder, "out.txt");
        var content = "regime,day\nmédiateurs,1\n" + new string('x', 100_000) + "\n";

        AtomicFile.WriteAllText(path, content);

        Assert.Equal(new UTF8Encoding(false).GetBytes(content), File.ReadAllBytes(path));
        Assert.Equal(["out.txt"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void WriteAllText_OverAnExistingFile_ReplacesIt()
    {
        var path = Path.Combine(_folder, "out.txt");
        File.WriteAllText(path, "old content that is longer than the new one");

        AtomicFile.WriteAllText(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["out.txt"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_WhileWriting_OnlyTheTemporaryFileExists()
    {
        var path = Path.Combine(_folder, "out.txt");
        bool finalSeen = true, temporarySeen = false;

        AtomicFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            finalSeen = File.Exists(path);
            temporarySeen = File.Exists(AtomicFile.TemporaryPath(path));
            stream.Write(" and the rest"u8);
        });

        Assert.False(finalSeen);
        Assert.True(temporarySeen);
        Assert.Equal("half and the rest", File.ReadAllText(path));
        Assert.False(File.Exists(AtomicFile.TemporaryPath(path)));
    }

    [Fact]
    public void Write_FailingWriter_LeavesNoFinalFileAndNoTemporaryFile()
    {
        var path = Path.Combine(_folder, "out.txt");

        var error = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("some bytes"u8);
            throw new InvalidOperationException("disk full");
        }));

        Assert.Equal("disk full", error.Message);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Write_FailingWriter_KeepsThePreviousCompleteFile()
    {
        var path = Path.Combine(_folder, "out.txt");
        AtomicFile.WriteAllText(path, "complete previous run\n");

        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("trunc"u8);
            throw new IOException("interrupted");
        }));

        Assert.Equal("complete previous run\n", File.ReadAllText(path));
        Assert.Equal(["out.txt"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void TryDelete_MissingFile_DoesNothing()
    {
        AtomicFile.TryDelete(Path.Combine(_folder, "never-written"));

        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Write_LinkAtTheTemporaryName_IsRemovedNotWrittenThrough()
    {
        var victim = Path.Combine(_folder, "victim");
        File.WriteAllText(victim, "outside the folder");
        var path = Path.Combine(_folder, "summary.json");
        File.CreateSymbolicLink(AtomicFile.TemporaryPath(path), victim);

        AtomicFile.WriteAllText(path, "{}\n");

        Assert.Equal("outside the folder", File.ReadAllText(victim));
        Assert.Equal("{}\n", File.ReadAllText(path));
        Assert.False(File.Exists(AtomicFile.TemporaryPath(path)));
    }

    [Fact]
    public void Write_LinkAtTheFinalName_IsReplacedByTheFileNotFollowed()
    {
        var victim = Path.Combine(_folder, "victim");
        File.WriteAllText(victim, "outside the folder");
        var path = Path.Combine(_folder, "summary.json");
        File.CreateSymbolicLink(path, victim);

        AtomicFile.WriteAllText(path, "{}\n");

        Assert.Equal("outside the folder", File.ReadAllText(victim));
        Assert.Equal(FileKind.Regular, SafeFile.KindOf(path));
        Assert.Equal("{}\n", File.ReadAllText(path));
    }

    [Fact]
    public void Write_ReturnsTheLengthAndSha256OfTheBytesWritten()
    {
        var path = Path.Combine(_folder, "out.txt");

        var written = AtomicFile.WriteAllText(path, "abc");

        Assert.Equal(3, written.Bytes);
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", written.Sha256); // SHA-256("abc")
        Assert.Equal("out.txt", written.Name);
    }
}
