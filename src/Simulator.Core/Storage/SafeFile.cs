using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Simulator.Storage;

/// <summary>
/// Opens files so that no name can redirect the program: inside a run folder a symbolic link is
/// refused by the kernel (O_NOFOLLOW), and anything that is not a regular file (a folder, a device
/// such as /dev/zero, a FIFO, a socket) is refused at once: the open does not block (O_NONBLOCK)
/// and the type is checked on the open descriptor, so no swap between check and use can pass.
/// Size limits are enforced on the bytes actually read, not on the length the file reports.
/// Temporaries are created with create-new semantics (O_EXCL), which never follows a link.
/// </summary>
public static class SafeFile
{
    /// <summary>Opens an existing regular file for reading; <paramref name="followLinks"/> allows a link to a regular file (a user's scenario file).</summary>
    public static FileStream OpenRead(string path, bool followLinks = false) => Open(path, FileAccess.Read, followLinks);

    /// <summary>Opens an existing regular file (never through a link, never one with another name: a hard link) for reading and writing.</summary>
    public static FileStream OpenReadWrite(string path) => Open(path, FileAccess.ReadWrite, followLinks: false);

    /// <summary>Reads a regular file whole, refusing it once more than <paramref name="maxBytes"/> have been read.</summary>
    public static byte[] ReadAllBytes(string path, long maxBytes, bool followLinks = false)
    {
        using var stream = OpenRead(path, followLinks);
        return ReadLimited(stream, path, maxBytes);
    }

    /// <summary>Reads a regular file as UTF-8 (a BOM is dropped), refusing it past <paramref name="maxBytes"/>.</summary>
    public static string ReadAllText(string path, long maxBytes, bool followLinks = false)
    {
        var bytes = ReadAllBytes(path, maxBytes, followLinks);
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        return new UTF8Encoding(false).GetString(bytes, start, bytes.Length - start);
    }

    /// <summary>Reads <paramref name="stream"/> to its end, refusing it once it passes <paramref name="maxBytes"/>.</summary>
    public static byte[] ReadLimited(Stream stream, string path, long maxBytes)
    {
        // Sized from the reported length (never past the limit) so a large checkpoint is read into
        // one array, not grown by doubling and copied out; the limit is still counted on the bytes read.
        var expected = stream.CanSeek ? Math.Min(Math.Max(stream.Length - stream.Position, 0), Math.Min(maxBytes, Array.MaxLength)) : 0;
        using var buffer = new MemoryStream((int)expected);
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw TooLarge(path, maxBytes);
            buffer.Write(chunk, 0, read);
        }
        return buffer.TryGetBuffer(out var whole) && whole.Offset == 0 && whole.Count == whole.Array!.Length ? whole.Array : buffer.ToArray();
    }

    /// <summary>The refusal for a file past its limit.</summary>
    public static UnsafeFileException TooLarge(string path, long maxBytes) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}: the file is larger than {maxBytes} bytes, the most it may hold"));

    /// <summary>
    /// Creates <paramref name="path"/> as a new, empty regular file for writing. Whatever the name
    /// held is removed first (a stale temporary, or a link: removing a link never touches its
    /// target), then the file is created with O_CREAT | O_EXCL, which fails rather than follow a
    /// link that appears in between.
    /// </summary>
    public static FileStream CreateNew(string path, FileShare share = FileShare.None)
    {
        Remove(path);
        return new FileStream(path, FileMode.CreateNew, FileAccess.Write, share, bufferSize: 0);
    }

    /// <summary>Removes a name if it exists (a file or a link; never the link's target); a folder there is refused.</summary>
    public static void Remove(string path)
    {
        var kind = KindOf(path);
        if (kind == FileKind.Missing) return;
        if (kind == FileKind.Folder) throw new UnsafeFileException($"{path}: is a folder where a file belongs");
        File.Delete(path);
    }

    /// <summary>What is at <paramref name="path"/>, without following a final link.</summary>
    public static FileKind KindOf(string path)
    {
        if (Posix.Available)
        {
            return Posix.StatusOfPath(path) is { } status ? Kind(status.Type) : FileKind.Missing;
        }
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return FileKind.Link;
        if (info.Exists) return FileKind.Regular;
        return Directory.Exists(path) ? FileKind.Folder : FileKind.Missing;
    }

    private static FileStream Open(string path, FileAccess access, bool followLinks)
    {
        if (!Posix.Available) return OpenManaged(path, access, followLinks);
        var flags = (access == FileAccess.Read ? Posix.ReadOnly : Posix.ReadWrite)
            | Posix.NonBlocking | Posix.CloseOnExec | Posix.NoControllingTerminal | (followLinks ? 0 : Posix.NoFollow);
        var fd = Posix.Open(path, flags, 0, out var error);
        if (fd < 0)
        {
            throw error switch
            {
                Posix.ErrorNoEntry => new FileNotFoundException($"{path}: no such file", path),
                Posix.ErrorLoop => new UnsafeFileException($"{path}: is a symbolic link; a run folder's files must be regular files"),
                13 => new UnauthorizedAccessException($"{path}: permission denied"),
                // A socket cannot be opened at all (ENXIO): say what it is.
                _ when KindOf(path) is var kind and not (FileKind.Regular or FileKind.Missing) => NotRegular(path, kind),
                _ => new IOException($"{path}: cannot be opened (errno {error})"),
            };
        }
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            var status = Posix.StatusOf(handle);
            var kind = Kind(status.Type);
            if (kind != FileKind.Regular) throw NotRegular(path, kind);
            // A file opened for writing must have no other name: through a hard link it could be a file outside the folder.
            if (access != FileAccess.Read && status.Links > 1)
            {
                throw new UnsafeFileException($"{path}: has {status.Links} names (hard links); a run folder's file that is written again must be a file of its own");
            }
            // O_NONBLOCK has no effect on a regular file: the descriptor is an ordinary one.
            return new FileStream(handle, access, bufferSize: 1 << 16);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static FileStream OpenManaged(string path, FileAccess access, bool followLinks)
    {
        var kind = KindOf(path);
        if (kind == FileKind.Missing) throw new FileNotFoundException($"{path}: no such file", path);
        if (kind == FileKind.Link && !followLinks) throw NotRegular(path, kind);
        if (kind == FileKind.Folder) throw NotRegular(path, kind);
        return new FileStream(path, FileMode.Open, access, access == FileAccess.Read ? FileShare.Read : FileShare.None, 1 << 16);
    }

    private static UnsafeFileException NotRegular(string path, FileKind kind) =>
        new($"{path}: is {Describe(kind)}, not a regular file; give a regular file");

    /// <summary>True when <paramref name="e"/> refused a file for its size.</summary>
    public static bool IsTooLarge(UnsafeFileException e) => e?.Message.Contains("the file is larger than", StringComparison.Ordinal) == true;

    /// <summary>The kind in words, for messages.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Folder => "a folder",
        FileKind.Link => "a symbolic link",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.Socket => "a socket",
        FileKind.Device => "a device",
        FileKind.Missing => "missing",
        _ => "a regular file",
    };

    private static FileKind Kind(uint type) => type switch
    {
        Posix.TypeRegular => FileKind.Regular,
        Posix.TypeFolder => FileKind.Folder,
        Posix.TypeLink => FileKind.Link,
        Posix.TypeFifo => FileKind.Fifo,
        Posix.TypeSocket => FileKind.Socket,
        _ => FileKind.Device,
    };
}
