using System.Security.Cryptography;
using System.Text;
using Simulator.Output;
using Simulator.Storage;

namespace Simulator.Application.Merging;

/// <summary>
/// trials.csv of a merged run: the header once, then each shard's rows in trial order, which is the
/// single run's file byte for byte. Each shard's file is checked against the length and SHA-256 its
/// shard file recorded while it is copied; the result is published only when every shard checked out.
/// </summary>
internal static class TrialsCsvJoin
{
    private static readonly byte[] Header = Encoding.UTF8.GetBytes(TrialsCsvWriter.Header + "\n");

    public static void Write(string path, IReadOnlyList<ShardSource> shards, CancellationToken cancellationToken)
    {
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
    }

    private static void Copy(ShardSource shard, Stream output, byte[] buffer)
    {
        var file = Path.Combine(shard.Folder, OutputFiles.Trials);
        try
        {
            using var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            if (input.Length != shard.Record.TrialsCsvBytes)
            {
                throw Refused(file, $"holds {input.Length} bytes; its shard file recorded {shard.Record.TrialsCsvBytes}");
            }
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var header = new byte[Header.Length];
            input.ReadExactly(header);
            hash.AppendData(header);
            if (!header.AsSpan().SequenceEqual(Header)) throw Refused(file, "does not start with the trials.csv header");
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                output.Write(buffer, 0, read);
            }
            if (Convert.ToHexStringLower(hash.GetHashAndReset()) != shard.Record.TrialsCsvHash)
            {
                throw Refused(file, "was changed after its shard finished (its SHA-256 differs from the shard file's)");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Refused(file, $"cannot be read: {e.Message}");
        }
    }

    private static InputRejectedException Refused(string file, string why) =>
        new(file, $"{why}; run that shard again with --trials-csv. Nothing was merged into trials.csv.");
}
