using System.Security.Cryptography;
using System.Text;

namespace Simulator.Application.Sharding;

/// <summary>
/// SHA-256 over the scenario hashes of a design's points, in design order (a run: its one scenario):
/// shards of one run share it, and a merge checks that the design it builds again has it too.
/// </summary>
internal static class DesignHash
{
    public static string Of(IEnumerable<string> pointHashes) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", pointHashes))));

    /// <summary>SHA-256 and length of a file, read once.</summary>
    public static (string Hash, long Bytes) OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return (Convert.ToHexStringLower(SHA256.HashData(stream)), stream.Length);
    }
}
