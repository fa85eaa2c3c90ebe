using Simulator.Storage;

namespace Simulator.Checkpoints;

/// <summary>Reads and writes a shard folder's shard file, atomically (temporary name, flush to disk, rename).</summary>
public static class ShardFile
{
    /// <summary>The shard file's name inside the shard folder.</summary>
    public const string Name = Output.OutputFiles.Shard;

    /// <summary>The shard file path of <paramref name="folder"/>.</summary>
    public static string PathIn(string folder) => System.IO.Path.Combine(folder, Name);

    /// <summary>Writes <paramref name="shard"/> to <paramref name="path"/>.</summary>
    public static WrittenFile Write(string path, ShardRecord shard)
    {
        var bytes = ShardFormat.Encode(shard);
        return AtomicFile.Write(path, stream => stream.Write(bytes));
    }

    /// <summary>Reads a shard file; throws <see cref="CheckpointException"/> (naming the file) when it is missing or unusable.</summary>
    public static ShardRecord Read(string path)
    {
        byte[] bytes;
        try
        {
            if (SafeFile.KindOf(path) == FileKind.Missing) throw Missing(path);
            // Never through a link, only a regular file, and the limit counted on the bytes read.
            bytes = SafeFile.ReadAllBytes(path, ShardFormat.MaxBytes);
        }
        catch (UnsafeFileException e)
        {
            throw new CheckpointException(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CheckpointException($"{path}: cannot be read: {e.Message}");
        }
        return Decode(bytes, path);
    }

    /// <summary>Decodes the bytes of the shard file at <paramref name="path"/> (read by the caller, e.g. through its folder's manifest).</summary>
    public static ShardRecord Decode(byte[] bytes, string path)
    {
        try
        {
            return ShardFormat.Decode(bytes);
        }
        catch (CheckpointException e)
        {
            throw new CheckpointException($"{path}: {e.Message}");
        }
    }

    /// <summary>The problem of a folder without a finished shard file at <paramref name="path"/>.</summary>
    public static CheckpointException Missing(string path) =>
        new($"{path}: no shard file (the shard did not finish, or this is not a shard folder): run the shard again");
}
