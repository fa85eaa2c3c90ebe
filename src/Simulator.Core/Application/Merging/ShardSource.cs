using Simulator.Checkpoints;
using Simulator.Output.Manifests;

namespace Simulator.Application.Merging;

/// <summary>One shard a merge reads: its folder (full path), its shard file, and the folder as its manifest lists it.</summary>
/// <param name="Folder">The shard folder.</param>
/// <param name="Record">What its shard.bin holds.</param>
/// <param name="Files">The folder's files, read only through its manifest (trials.csv, timing.json).</param>
public sealed record ShardSource(string Folder, ShardRecord Record, TrustedFolder Files);
