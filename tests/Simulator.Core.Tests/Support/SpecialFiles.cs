using System.Diagnostics;
using System.Net.Sockets;

namespace Simulator.Tests.Support;

/// <summary>Makes the special files a hostile folder may hold: FIFOs, sockets, symbolic and hard links.</summary>
internal static class SpecialFiles
{
    /// <summary>Creates a FIFO (named pipe) with mkfifo(1).</summary>
    public static string Fifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return path;
    }

    /// <summary>Creates a listening Unix socket at <paramref name="path"/>; dispose it to close.</summary>
    public static Socket Socket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        socket.Listen();
        return socket;
    }

    /// <summary>A second name (hard link) <paramref name="path"/> for the file <paramref name="target"/>, with ln(1).</summary>
    public static string HardLink(string path, string target)
    {
        using var process = Process.Start(new ProcessStartInfo("ln", [target, path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return path;
    }

    /// <summary>A symbolic link at <paramref name="path"/> to <paramref name="target"/>.</summary>
    public static string Link(string path, string target)
    {
        File.CreateSymbolicLink(path, target);
        return path;
    }

    /// <summary>Runs <paramref name="action"/>, failing if it takes longer than <paramref name="seconds"/> (a FIFO must never block).</summary>
    public static T Within<T>(double seconds, Func<T> action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(TimeSpan.FromSeconds(seconds)), $"still blocked after {seconds} s");
        return task.Result;
    }
}
