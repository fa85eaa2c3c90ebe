namespace Simulator.Storage;

/// <summary>What a name in the file system is, as <see cref="SafeFile.KindOf"/> sees it (a final link is not followed).</summary>
public enum FileKind
{
    /// <summary>Nothing has the name.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A symbolic link (not followed).</summary>
    Link,

    /// <summary>A FIFO (named pipe).</summary>
    Fifo,

    /// <summary>A socket.</summary>
    Socket,

    /// <summary>A character or block device.</summary>
    Device,
}
