using System.Text;
using Simulator.Storage;
using Simulator.Tests.Support;

namespace Simulator.Tests.Storage;

/// <summary>SafeFile: no link followed inside a folder, special files refused at once, limits counted on the bytes read.</summary>
public sealed class SafeFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("safe-file-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string In(string name) => Path.Combine(_folder, name);

    [Fact]
    public void OpenRead_SymbolicLink_IsRefusedByTheKernel()
    {
        File.WriteAllText(In("target"), "secret");
        SpecialFiles.Link(In("link"), In("target"));

        var e = Assert.Throws<UnsafeFileException>(() => SafeFile.ReadAllBytes(In("link"), 100));
        Assert.Contains("symbolic link", e.Message);
    }

    [Fact]
    public void OpenRead_LinkWhenLinksAreAllowed_ReadsTheRegularTarget()
    {
        File.WriteAllText(In("target"), "scenario");
        SpecialFiles.Link(In("link"), In("target"));

        Assert.Equal("scenario", SafeFile.ReadAllText(In("link"), 100, followLinks: true));
    }

    [Fact]
    public void ReadAllBytes_Fifo_IsRefusedAtOnceWithoutBlocking()
    {
        var fifo = SpecialFiles.Fifo(In("fifo"));

        var e = SpecialFiles.Within(5, () => Assert.Throws<UnsafeFileException>(() => SafeFile.ReadAllBytes(fifo, 100, followLinks: true)));
        Assert.Contains("FIFO", e.Message);
    }

    [Fact]
    public void ReadAllBytes_LinkToAFifo_IsRefusedAtOnceWhenLinksAreAllowed()
    {
        var fifo = SpecialFiles.Fifo(In("fifo"));
        SpecialFiles.Link(In("link"), fifo);

        SpecialFiles.Within(5, () => Assert.Throws<UnsafeFileException>(() => SafeFile.ReadAllBytes(In("link"), 100, followLinks: true)));
    }

    [Fact]
    public void ReadAllBytes_DevZero_IsRefusedAsADeviceBeforeAnyByteIsRead()
    {
        var e = SpecialFiles.Within(5, () => Assert.Throws<UnsafeFileException>(() => SafeFile.ReadAllBytes("/dev/zero", 1L << 30, followLinks: true)));
        Assert.Contains("a device", e.Message);
    }

    [Fact]
    public void ReadAllBytes_Socket_IsRefused()
    {
        using var socket = SpecialFiles.Socket(In("socket"));

        var e = Assert.Throws<UnsafeFileException>(() => SafeFile.ReadAllBytes(In("socket"), 100, followLinks: true));
        Assert.Contains("socket", e.Message);
    }

    [Fact]
    public void ReadAllBytes_Folder_IsRefused()
    {
        Directory.CreateDirectory(In("sub"));

        Assert.Throws<UnsafeFileException>(() => SafeFile.ReadAllBytes(In("sub"), 100));
    }

    [Fact]
    public void ReadAllBytes_FileThatReportsNoLength_IsLimitedOnTheBytesActuallyRead()
    {
        // /proc files are regular files that report a length of 0 and hold more.
        Assert.Equal(0, new FileInfo("/proc/self/maps").Length);

        var e = Assert.Throws<UnsafeFileException>(() => SafeFile.ReadAllBytes("/proc/self/maps", 16, followLinks: true));
        Assert.True(SafeFile.IsTooLarge(e), e.Message);
    }

    [Fact]
    public void ReadAllBytes_AtTheLimit_ReadsAndOneByteMoreIsRefused()
    {
        File.WriteAllBytes(In("ten"), new byte[10]);

        Assert.Equal(10, SafeFile.ReadAllBytes(In("ten"), 10).Length);
        Assert.Throws<UnsafeFileException>(() => SafeFile.ReadAllBytes(In("ten"), 9));
    }

    [Fact]
    public void CreateNew_OverALink_RemovesTheLinkAndLeavesItsTargetUntouched()
    {
        File.WriteAllText(In("victim"), "keep me");
        SpecialFiles.Link(In("out.partial"), In("victim"));

        using (var stream = SafeFile.CreateNew(In("out.partial"))) stream.Write(Encoding.UTF8.GetBytes("new"));

        Assert.Equal("keep me", File.ReadAllText(In("victim")));
        Assert.Equal(FileKind.Regular, SafeFile.KindOf(In("out.partial")));
        Assert.Equal("new", File.ReadAllText(In("out.partial")));
    }

    [Fact]
    public void OpenReadWrite_FileWithAnotherName_IsRefusedAndLeftUntouched()
    {
        if (!OperatingSystem.IsLinux()) return;
        File.WriteAllText(In("victim"), "keep me");
        SpecialFiles.HardLink(In("trials.csv.partial"), In("victim"));

        var e = Assert.Throws<UnsafeFileException>(() => SafeFile.OpenReadWrite(In("trials.csv.partial")));

        Assert.Contains("hard links", e.Message, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(In("victim")));
        using var read = SafeFile.OpenRead(In("trials.csv.partial")); // reading it harms nothing
        Assert.Equal(7, read.Length);
    }

    [Fact]
    public void KindOf_SaysWhatANameIsWithoutFollowingIt()
    {
        File.WriteAllText(In("file"), "");
        SpecialFiles.Link(In("link"), In("file"));
        SpecialFiles.Link(In("dangling"), In("nowhere"));

        Assert.Equal(FileKind.Regular, SafeFile.KindOf(In("file")));
        Assert.Equal(FileKind.Link, SafeFile.KindOf(In("link")));
        Assert.Equal(FileKind.Link, SafeFile.KindOf(In("dangling")));
        Assert.Equal(FileKind.Folder, SafeFile.KindOf(_folder));
        Assert.Equal(FileKind.Device, SafeFile.KindOf("/dev/null"));
        Assert.Equal(FileKind.Missing, SafeFile.KindOf(In("nothing")));
    }
}
