using Simulator.Checkpoints;
using Simulator.Engine;
using Simulator.Output;
using Simulator.Storage;

namespace Simulator.Application.Runs;

/// <summary>
/// Finds the trials.csv of an interrupted run (trials.csv.partial after a kill or failure, or the
/// trials.csv a cancelled run published) and reopens it cut to the checkpointed length, so the
/// resumed run appends exactly after the last checkpointed row.
/// </summary>
internal static class TrialsCsvRecovery
{
    public static TrialsCsvWriter Reopen(string path, RunCheckpoint checkpoint, CauseCatalog causes)
    {
        var temporary = AtomicFile.TemporaryPath(path);
        var source = SafeFile.KindOf(temporary) != FileKind.Missing ? temporary : SafeFile.KindOf(path) != FileKind.Missing ? path : null;
        if (source is null)
        {
            throw new InputRejectedException("--resume",
                $"cannot resume: the checkpoint counts {checkpoint.TrialsCsvRows:N0} rows of trials.csv, but neither {temporary} nor {path} exists.");
        }
        try
        {
            Check(source, checkpoint.TrialsCsvBytes);
            // A file published by a cancelled run is continued under the temporary name once its rows are checked.
            return TrialsCsvWriter.Continue(path, source, checkpoint.RegimeIds, causes, checkpoint.TrialsCsvBytes, checkpoint.TrialsCsvSha256);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new InputRejectedException("--resume", $"cannot resume: {e.Message.TrimEnd('.')}");
        }
    }

    // The file must hold at least the checkpointed bytes, and they must end with a complete row.
    private static void Check(string file, long bytes)
    {
        using var stream = SafeFile.OpenRead(file);
        if (stream.Length < bytes)
        {
            throw new InputRejectedException("--resume", $"cannot resume: {file} holds {stream.Length} bytes; the checkpoint counts {bytes}.");
        }
        if (bytes == 0) return;
        stream.Position = bytes - 1;
        if (stream.ReadByte() != '\n')
        {
            throw new InputRejectedException("--resume", $"cannot resume: {file} does not end a row at byte {bytes}, where the checkpoint says its rows end.");
        }
    }
}
