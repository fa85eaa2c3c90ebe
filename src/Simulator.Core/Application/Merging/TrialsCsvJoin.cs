using System.Text;
using Simulator.Output;
using Simulator.Storage;

namespace Simulator.Application.Merging;

/// <summary>
/// trials.csv of a merged run: the header once, then each shard's rows in trial order, which is the
/// single run's file byte for byte. Each shard's file is read only as its folder's manifest lists it
/// (never through a link) and checked against the length and SHA-256 that the manifest and its shard
/// file both recorded while it is copied; the result is published only when every shard checked out.
/// </summary>
internal static class TrialsCsvJoin
{
    private static readonly byte[] Header = Encoding.UTF8.GetBytes(TrialsCsvWriter.Header + "\n");

    public static WrittenFile Write(string path, IReadOnlyList<ShardSource> shards, CancellationToken cancellationToken) =>
        AtomicFile.Write(path, output =>
        {
            output.Write(Header);
            var buffer = new byte[1 << 16];
            foreach (var shard in shards)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Copy(shard, output, buffer);
            }
        });

    private static void Copy(ShardSource shard, Stream output, byte[] buffer)
    {
        var file = Path.Combine(shard.Folder, OutputFiles.Trials);
        try
        {
            // Read through the manifest only; it and the shard file must record the same bytes.
            var entry = shard.Files.Manifest.Find(OutputFiles.Trials) ?? throw Refused(file, $"is not listed in {OutputFiles.Manifest} (the shard did not finish writing it)");
            if (entry.Bytes != shard.Record.TrialsCsvBytes || entry.Sha256 != shard.Record.TrialsCsvHash)
            {
                throw Refused(file, $"is not the file its shard file recorded ({OutputFiles.Manifest} lists {entry.Bytes} bytes; the shard file recorded {shard.Record.TrialsCsvBytes})");
            }
            using var input = shard.Files.OpenRead(OutputFiles.Trials);
            var header = new byte[Header.Length];
            input.ReadExactly(header);
            if (!header.AsSpan().SequenceEqual(Header)) throw Refused(file, "does not start with the trials.csv header");
            int read;
            while ((read = input.Read(buffer)) > 0) output.Write(buffer, 0, read); // the stream checks length and SHA-256 as it ends
        }
        catch (UnsafeFileException e)
        {
            throw Refused(file, "was changed after its shard finished: " + WithoutPath(e.Message, file));
        }
        catch (EndOfStreamException)
        {
            throw Refused(file, "was changed after its shard finished: it is shorter than the trials.csv header");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Refused(file, $"cannot be read: {e.Message}");
        }
    }

    private static string WithoutPath(string message, string file) =>
        message.StartsWith(file + ": ", StringComparison.Ordinal) ? message[(file.Length + 2)..] : message;

    private static InputRejectedException Refused(string file, string why) =>
        new(file, $"{why}; run that shard again with --trials-csv. Nothing was merged into trials.csv.");
}
