namespace Simulator.Checkpoints;

/// <summary>
/// What a run folder's checkpoint holds: everything needed to check that a resumed run is the same
/// run, and the exact tally of the contiguous prefix of trials [0, <see cref="CompletedTrials"/>).
/// </summary>
public sealed record RunCheckpoint
{
    /// <summary>Engine version that wrote it; a resumed run must be the same engine.</summary>
    public required string EngineVersion { get; init; }

    /// <summary>The scenario's display name (file name without folders, or the built-in name) for the report.</summary>
    public required string ScenarioSource { get; init; }

    /// <summary>SHA-256 of the resolved scenario (after overrides).</summary>
    public required string ScenarioHash { get; init; }

    /// <summary>SHA-256 of the scenario.yaml text as written into the run folder.</summary>
    public required string ScenarioTextHash { get; init; }

    /// <summary>The overrides applied (--set, with --trials, --seed and --horizon folded in), in order.</summary>
    public required string[] Overrides { get; init; }

    /// <summary>Master seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Trials per regime requested.</summary>
    public required long TrialsRequested { get; init; }

    /// <summary>Ids of the selected regimes in output order.</summary>
    public required string[] RegimeIds { get; init; }

    /// <summary>Trials per block when the checkpoint was written (informational: results do not depend on it).</summary>
    public required int BlockSize { get; init; }

    /// <summary>Trials [0, CompletedTrials) are in <see cref="Tally"/> (and in trials.csv when kept).</summary>
    public required long CompletedTrials { get; init; }

    /// <summary>True when the run writes trials.csv.</summary>
    public required bool TrialsCsv { get; init; }

    /// <summary>Bytes of trials.csv flushed for the completed trials (header included); 0 without trials.csv.</summary>
    public required long TrialsCsvBytes { get; init; }

    /// <summary>Data rows of trials.csv flushed (completed trials × regimes); 0 without trials.csv.</summary>
    public required long TrialsCsvRows { get; init; }

    /// <summary>SHA-256 (lowercase hex) of those <see cref="TrialsCsvBytes"/> bytes, so an edited prefix is refused; empty without trials.csv.</summary>
    public required string TrialsCsvSha256 { get; init; }

    /// <summary>The exact tally of the completed trials.</summary>
    public required TallyRecord Tally { get; init; }
}
