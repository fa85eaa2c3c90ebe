namespace Simulator.Storage;

/// <summary>
/// A file was refused before or while it was read or written: a symbolic link where none is
/// allowed, not a regular file (folder, device, FIFO, socket), or larger than the limit. The
/// message names the path and the reason.
/// </summary>
public sealed class UnsafeFileException(string message) : IOException(message);
