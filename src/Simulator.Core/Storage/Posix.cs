using System.Runtime.InteropServices;

namespace Simulator.Storage;

/// <summary>
/// The few libc calls .NET does not expose: open with O_NOFOLLOW and O_NONBLOCK (so a symbolic
/// link is refused by the kernel and a FIFO cannot block), statx for the type and inode of a path
/// or an open descriptor (its layout is the same on every architecture), and flock.
/// Linux only; callers fall back to managed checks elsewhere.
/// </summary>
internal static class Posix
{
    public const int ReadOnly = 0, WriteOnly = 1, ReadWrite = 2;
    public const int Create = 0x40, Exclusive = 0x80, NoControllingTerminal = 0x100, NonBlocking = 0x800, CloseOnExec = 0x80000;

    // O_NOFOLLOW is one of the few flags whose value depends on the architecture.
    public static int NoFollow => RuntimeInformation.ProcessArchitecture is Architecture.Arm or Architecture.Arm64 ? 0x8000 : 0x20000;

    public const int ErrorNoEntry = 2, ErrorWouldBlock = 11, ErrorLoop = 40;
    private const int AtCurrentFolder = -100, AtEmptyPath = 0x1000, AtSymlinkNoFollow = 0x100;
    private const uint StatxBasic = 0x7ff;
    private const int LockExclusive = 2, LockNonBlocking = 4;

    public static bool Available => OperatingSystem.IsLinux();

    /// <summary>The file's type bits (S_IFMT), inode, device, size and number of names (hard links).</summary>
    public readonly record struct Status(uint Type, ulong Inode, ulong Device, long Size, uint Links);

    public const uint TypeMask = 0xF000, TypeFifo = 0x1000, TypeCharDevice = 0x2000, TypeFolder = 0x4000,
        TypeBlockDevice = 0x6000, TypeRegular = 0x8000, TypeLink = 0xA000, TypeSocket = 0xC000;

    /// <summary>open(2); returns the descriptor or −1 with <paramref name="error"/> set.</summary>
    public static int Open(string path, int flags, int mode, out int error)
    {
        var fd = open(path, flags, mode);
        error = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
        return fd;
    }

    /// <summary>statx of an open descriptor.</summary>
    public static Status StatusOf(SafeHandle handle)
    {
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            if (statx((int)handle.DangerousGetHandle(), "", AtEmptyPath, StatxBasic, out var buffer) != 0)
            {
                throw new IOException($"statx failed (errno {Marshal.GetLastPInvokeError()})");
            }
            return ToStatus(buffer);
        }
        finally
        {
            if (added) handle.DangerousRelease();
        }
    }

    /// <summary>statx of a path without following a final symbolic link; null when it does not exist.</summary>
    public static Status? StatusOfPath(string path)
    {
        if (statx(AtCurrentFolder, path, AtSymlinkNoFollow, StatxBasic, out var buffer) == 0) return ToStatus(buffer);
        var error = Marshal.GetLastPInvokeError();
        if (error == ErrorNoEntry) return null;
        throw new IOException($"cannot examine '{path}' (errno {error})");
    }

    /// <summary>flock(LOCK_EX | LOCK_NB); false when another open file holds the lock.</summary>
    public static bool TryLockExclusive(SafeHandle handle)
    {
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            if (flock((int)handle.DangerousGetHandle(), LockExclusive | LockNonBlocking) == 0) return true;
            var error = Marshal.GetLastPInvokeError();
            if (error == ErrorWouldBlock) return false;
            throw new IOException($"flock failed (errno {error})");
        }
        finally
        {
            if (added) handle.DangerousRelease();
        }
    }

    private static Status ToStatus(in StatxBuffer b) =>
        new(b.Mode & TypeMask, b.Inode, ((ulong)b.DeviceMajor << 32) | b.DeviceMinor, (long)b.Size, b.Links);

    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(0)] public uint Mask;
        [FieldOffset(16)] public uint Links;
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(40)] public ulong Size;
        [FieldOffset(136)] public uint DeviceMajor;
        [FieldOffset(140)] public uint DeviceMinor;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxBuffer buffer);

    [DllImport("libc", SetLastError = true)]
    private static extern int flock(int fd, int operation);
}
