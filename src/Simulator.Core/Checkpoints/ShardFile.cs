using Simulator.Storage;

namespace Simulator.Checkpoints;

/// <summary>Reads and writes a shard folder's shard file, atomically (temporary name, flush to disk, rename).</summary>
public static class ShardFile
{
    /// <summary>The shard file's name inside the shard folder.</summary>
    public const string Name = "shard.bin";

    /// <summary>The shard file path of <paramref name="folder"/>.</summary>
    public static string PathIn(string folder) => System.IO.Path.Combine(folder, Name);

    /// <summary>Writes <paramref name="shard"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, ShardRecord shard)
    {
        var bytes = ShardFormat.Encode(shard);
        AtomicFile.Write(path, stream => stream.Write(bytes));
    }

    /// <summary>Reads a shard file; throws <see cref="CheckpointException"/> (naming the file) when it is missing or unusable.</summary>
    public static ShardRecord Read(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new CheckpointException($"{path}: no shard file (the shard did not finish, or this is not a shard folder): run the shard again");
            if (info.Length > ShardFormat.MaxBytes)
            {
                throw new CheckpointException($"{path}: {info.Length} bytes, larger than any shard file ({ShardFormat.MaxBytes} bytes)");
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CheckpointException($"{path}: cannot be read: {e.Message}");
        }
        try
        {
            return ShardFormat.Decode(bytes);
        }
        catch (CheckpointException e)
        {
            throw new CheckpointException($"{path}: {e.Message}");
        }
    }

    /// <summary>Removes the shard file of <paramref name="folder"/> (and a stray temporary one) before the shard runs again.</summary>
    public static void Remove(string folder)
    {
        var path = PathIn(folder);
        AtomicFile.TryDelete(path);
        AtomicFile.TryDelete(AtomicFile.TemporaryPath(path));
    }
}
