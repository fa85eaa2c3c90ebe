namespace Simulator.Application.Sharding;

/// <summary>What a study's shard produced.</summary>
/// <param name="Slice">The share of the design's trials it ran.</param>
/// <param name="Folder">The shard folder.</param>
/// <param name="FilesWritten">Names of the files written into <paramref name="Folder"/> (none when cancelled).</param>
/// <param name="Partial">True when cancelled before the share finished: nothing was written.</param>
public sealed record ShardOutcome(ShardSlice Slice, string Folder, IReadOnlyList<string> FilesWritten, bool Partial);
