using Simulator.Storage;

namespace Simulator.Checkpoints;

/// <summary>Reads and writes a run folder's checkpoint file, atomically (temporary name, flush to disk, rename).</summary>
public static class CheckpointFile
{
    /// <summary>The checkpoint's name inside the run folder.</summary>
    public const string Name = Simulator.Output.OutputFiles.Checkpoint;

    /// <summary>The checkpoint path of <paramref name="folder"/>.</summary>
    public static string PathIn(string folder) => System.IO.Path.Combine(folder, Name);

    /// <summary>Writes <paramref name="checkpoint"/> to <paramref name="path"/>: the old checkpoint stays intact until the new one is complete on disk.</summary>
    public static WrittenFile Write(string path, RunCheckpoint checkpoint)
    {
        return AtomicFile.Write(path, stream => CheckpointFormat.EncodeTo(stream, checkpoint));
    }

    /// <summary>Reads a checkpoint; throws <see cref="CheckpointException"/> (naming the file) when it is missing or unusable.</summary>
    public static RunCheckpoint Read(string path)
    {
        byte[] bytes;
        try
        {
            if (SafeFile.KindOf(path) == FileKind.Missing)
            {
                throw new CheckpointException($"{path}: no checkpoint (the run there finished, or never started a checkpoint)");
            }
            // Never through a link, only a regular file, and the limit counted on the bytes read.
            bytes = SafeFile.ReadAllBytes(path, CheckpointFormat.MaxBytes);
        }
        catch (UnsafeFileException e)
        {
            throw new CheckpointException(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CheckpointException($"{path}: cannot be read: {e.Message}");
        }
        try
        {
            return CheckpointFormat.Decode(bytes);
        }
        catch (CheckpointException e)
        {
            throw new CheckpointException($"{path}: {e.Message}");
        }
    }

    /// <summary>Removes the checkpoint of <paramref name="folder"/> (and a stray temporary one) once the run's outputs are complete.</summary>
    public static void Remove(string folder)
    {
        var path = PathIn(folder);
        AtomicFile.TryDelete(path);
        AtomicFile.TryDelete(AtomicFile.TemporaryPath(path));
    }
}
