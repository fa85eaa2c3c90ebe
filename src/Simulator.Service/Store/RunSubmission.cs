namespace Simulator.Service.Store;

/// <summary>
/// What a client asked for, as accepted: kept in the database so a queued run can start after a
/// restart exactly as submitted. A null scenario means the built-in seed scenario.
/// </summary>
public sealed record RunSubmission
{
    /// <summary>The scenario's YAML text, or null for the built-in seed scenario.</summary>
    public string? Scenario { get; init; }

    /// <summary>The name problems and outputs give the scenario text.</summary>
    public string Name { get; init; } = "scenario.yaml";

    /// <summary>Trials per regime (null: the scenario's run.trials).</summary>
    public long? Trials { get; init; }

    /// <summary>Master seed (null: the scenario's run.seed).</summary>
    public ulong? Seed { get; init; }

    /// <summary>Horizon in days (null: the scenario's run.horizon_days).</summary>
    public double? Horizon { get; init; }

    /// <summary>Regime ids to run; empty: every regime.</summary>
    public IReadOnlyList<string> Regimes { get; init; } = [];

    /// <summary>key.path=value overrides, as `run --set`.</summary>
    public IReadOnlyList<string> Set { get; init; } = [];
}
