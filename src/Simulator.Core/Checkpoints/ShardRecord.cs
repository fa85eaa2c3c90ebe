namespace Simulator.Checkpoints;

/// <summary>
/// What a shard file holds: the provenance that every shard of one run must share (engine, scenario,
/// overrides, seed, trials, design), which contiguous share of the run's trials this shard ran, and
/// the exact tallies of that share. A study's trials are numbered across its points in design order
/// (point 0's trials, then point 1's, …), so a share can end inside a point and the next one go on there.
/// Deterministic: the same shard of the same run gives the same record.
/// </summary>
public sealed record ShardRecord
{
    /// <summary>The command the shard belongs to: run, sweep, sample or sensitivity.</summary>
    public required string Command { get; init; }

    /// <summary>Engine version that ran the shard; shards merge only with the same engine.</summary>
    public required string EngineVersion { get; init; }

    /// <summary>The name outputs give the scenario (as in summary.json's scenario_source, or a study manifest's).</summary>
    public required string ScenarioSource { get; init; }

    /// <summary>The scenario's YAML text, so the merge reloads exactly what the shards ran.</summary>
    public required string ScenarioText { get; init; }

    /// <summary>SHA-256 of the resolved scenario (a study's: before its points' values).</summary>
    public required string ScenarioHash { get; init; }

    /// <summary>The overrides applied (--set, with --trials, --seed and --horizon folded in), in order.</summary>
    public required string[] Overrides { get; init; }

    /// <summary>Ids of the selected regimes in output order.</summary>
    public required string[] RegimeIds { get; init; }

    /// <summary>The options that shape a study's design (name, value), in order; empty for a run.</summary>
    public required KeyValuePair<string, string>[] StudyOptions { get; init; }

    /// <summary>Master seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Trials per regime of the run (a study's: at its base scenario).</summary>
    public required long Trials { get; init; }

    /// <summary>SHA-256 over every design point's scenario hash (a run: its one scenario).</summary>
    public required string DesignHash { get; init; }

    /// <summary>Points of the design (1 for a run).</summary>
    public required int Points { get; init; }

    /// <summary>Trials over every point: the range [0, TotalTrials) the shards share out.</summary>
    public required long TotalTrials { get; init; }

    /// <summary>This shard's index, from 0.</summary>
    public required int ShardIndex { get; init; }

    /// <summary>How many shards the run was split into.</summary>
    public required int ShardCount { get; init; }

    /// <summary>First trial of this shard's share, counted over every point.</summary>
    public required long RangeStart { get; init; }

    /// <summary>Trials in this shard's share.</summary>
    public required long RangeLength { get; init; }

    /// <summary>True when the shard folder holds trials.csv with the share's rows.</summary>
    public required bool TrialsCsv { get; init; }

    /// <summary>Bytes of the shard's trials.csv (header included); 0 without it.</summary>
    public required long TrialsCsvBytes { get; init; }

    /// <summary>SHA-256 of the shard's trials.csv; empty without it.</summary>
    public required string TrialsCsvHash { get; init; }

    /// <summary>Events the engine processed for the share (for timing.json).</summary>
    public required long EventsProcessed { get; init; }

    /// <summary>The tallies of the share, one per point it touches, in point order.</summary>
    public required ShardPart[] Parts { get; init; }

    /// <summary>One past the last trial of the share.</summary>
    public long RangeEnd => RangeStart + RangeLength;

    /// <summary>"2/4": how messages and file names show the shard.</summary>
    public string Label => $"{ShardIndex}/{ShardCount}";
}
