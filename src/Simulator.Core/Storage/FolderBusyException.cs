namespace Simulator.Storage;

/// <summary>Another process holds a folder's <see cref="FolderLock"/>: its process id and command, when it wrote them.</summary>
public sealed class FolderBusyException(string folder, int? holderPid, string holderCommand)
    : IOException(Describe(folder, holderPid, holderCommand))
{
    /// <summary>The folder.</summary>
    public string Folder { get; } = folder;

    /// <summary>The holder's process id, when known.</summary>
    public int? HolderPid { get; } = holderPid;

    /// <summary>The holder's command line, when known.</summary>
    public string HolderCommand { get; } = holderCommand;

    private static string Describe(string folder, int? pid, string command) =>
        $"'{folder}' is in use by another process ({(pid is { } p ? $"pid {p}" : "pid unknown")}{(command.Length > 0 ? $": {command}" : "")}); "
        + "one process at a time writes a folder: wait for it to finish, or choose another folder";
}
