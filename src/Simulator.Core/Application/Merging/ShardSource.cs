using Simulator.Checkpoints;

namespace Simulator.Application.Merging;

/// <summary>One shard a merge reads: its folder (full path) and its shard file.</summary>
/// <param name="Folder">The shard folder.</param>
/// <param name="Record">What its shard.bin holds.</param>
public sealed record ShardSource(string Folder, ShardRecord Record);
