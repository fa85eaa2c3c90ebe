using System.Globalization;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Simulator.Storage;

/// <summary>
/// The one-writer lock of a folder: an exclusive OS lock (flock) on <c>DIR/.lock</c>, held until
/// <see cref="Dispose"/> and released by the OS when the process dies, so a lock file left by a
/// killed process never blocks. The file holds the holder's process id and command line, so a
/// refused second writer can name it. Acquiring never waits: a held lock is refused at once.
/// </summary>
public sealed class FolderLock : IDisposable
{
    /// <summary>The lock file's name inside the folder.</summary>
    public const string FileName = ".lock";

    private readonly SafeFileHandle _handle;
    private readonly string _path;
    private bool _released;

    private FolderLock(SafeFileHandle handle, string path)
    {
        _handle = handle;
        _path = path;
    }

    /// <summary>The folder locked.</summary>
    public string Folder => Path.GetDirectoryName(_path)!;

    /// <summary>
    /// Locks <paramref name="folder"/> (which must exist) for this process. Throws
    /// <see cref="FolderBusyException"/> naming the holder when another process holds it, and
    /// <see cref="UnsafeFileException"/> when the lock's name is taken by a link or special file.
    /// </summary>
    public static FolderLock Acquire(string folder)
    {
        var path = Path.Combine(Path.GetFullPath(folder), FileName);
        if (!Posix.Available) return AcquireManaged(path);
        // A releasing holder removes the file; one opened just before that is stale: try again.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var fd = Posix.Open(path, Posix.ReadWrite | Posix.Create | Posix.NoFollow | Posix.NonBlocking | Posix.CloseOnExec | Posix.NoControllingTerminal,
                Convert.ToInt32("644", 8), out var error);
            if (fd < 0)
            {
                if (error == Posix.ErrorLoop) throw new UnsafeFileException($"{path}: is a symbolic link; remove it (the folder's lock must be a regular file)");
                throw new IOException($"{path}: the folder's lock cannot be created (errno {error})");
            }
            var handle = new SafeFileHandle(fd, ownsHandle: true);
            try
            {
                var status = Posix.StatusOf(handle);
                if (status.Type != Posix.TypeRegular) throw new UnsafeFileException($"{path}: is not a regular file; remove it");
                // A hard link would let the holder text overwrite a file outside the folder.
                if (status.Links > 1) throw new UnsafeFileException($"{path}: has {status.Links} names (hard links); remove it (the folder's lock must be a file of its own)");
                if (!Posix.TryLockExclusive(handle)) throw Busy(folder, ReadHolder(handle));
                if (Posix.StatusOfPath(path) is not { } now || now.Inode != status.Inode || now.Device != status.Device)
                {
                    handle.Dispose();
                    continue;
                }
                RandomAccess.SetLength(handle, 0);
                RandomAccess.Write(handle, Encoding.UTF8.GetBytes(HolderText()), 0);
                return new FolderLock(handle, path);
            }
            catch
            {
                handle.Dispose();
                throw;
            }
        }
        throw new IOException($"{path}: the folder's lock kept changing; try again");
    }

    /// <summary>Releases the lock: the file is removed while still locked, then closed.</summary>
    public void Dispose()
    {
        if (_released) return;
        _released = true;
        try
        {
            File.Delete(_path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        _handle.Dispose();
    }

    private static string HolderText() =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}\n{string.Join(' ', Environment.GetCommandLineArgs())}\n");

    private static string ReadHolder(SafeFileHandle handle)
    {
        var buffer = new byte[4096];
        var read = RandomAccess.Read(handle, buffer, 0);
        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static FolderBusyException Busy(string folder, string holder)
    {
        var lines = holder.Split('\n', 2);
        int? pid = int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        var command = lines.Length > 1 ? lines[1].TrimEnd('\n') : "";
        return new FolderBusyException(folder, pid, command);
    }

    // Elsewhere than Linux: FileShare.None is the OS's own exclusive open, also released on death.
    private static FolderLock AcquireManaged(string path)
    {
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            stream.Write(Encoding.UTF8.GetBytes(HolderText()));
            stream.Flush();
            return new FolderLock(stream.SafeFileHandle, path);
        }
        catch (IOException)
        {
            throw new FolderBusyException(Path.GetDirectoryName(path)!, null, "");
        }
    }
}
