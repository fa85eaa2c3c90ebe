namespace Simulator.Application.Sharding;

/// <summary>
/// One shard's share of a run's trials: [Start, Start + Length) of [0, Total). A study's trials are
/// counted over its points in design order, so a share may span the end of one point and the start of the next.
/// </summary>
/// <param name="Shard">Which shard.</param>
/// <param name="Start">First trial of the share.</param>
/// <param name="Length">Trials in the share (at least 1).</param>
/// <param name="Total">Trials of the whole run or design.</param>
public sealed record ShardSlice(ShardIndex Shard, long Start, long Length, long Total)
{
    /// <summary>One past the last trial of the share.</summary>
    public long End => Start + Length;

    /// <summary>
    /// The share cut at point boundaries: for each point it touches (points with
    /// <paramref name="trialsPerPoint"/> trials each, in design order), the point's position and its
    /// trial range within the point.
    /// </summary>
    public IReadOnlyList<(int Point, long FirstTrial, long Trials)> Parts(IReadOnlyList<long> trialsPerPoint)
    {
        ArgumentNullException.ThrowIfNull(trialsPerPoint);
        var parts = new List<(int, long, long)>();
        long offset = 0;
        for (var p = 0; p < trialsPerPoint.Count && offset < End; p++)
        {
            var from = Math.Max(Start, offset);
            var to = Math.Min(End, offset + trialsPerPoint[p]);
            if (from < to) parts.Add((p, from - offset, to - from));
            offset += trialsPerPoint[p];
        }
        return parts;
    }
}
