using Simulator.Application.Scenarios;

namespace Simulator.Application.Studies;

/// <summary>What every study (sweep, sample, sensitivity) is asked: the scenario, its overrides, the regimes, threads and folder.</summary>
public sealed record StudySpec
{
    /// <summary>The scenario: a file, a text or the built-in one.</summary>
    public ScenarioInput Scenario { get; init; } = ScenarioInput.BuiltIn;

    /// <summary>--trials at every point.</summary>
    public long? Trials { get; init; }

    /// <summary>--seed, the same at every point.</summary>
    public ulong? Seed { get; init; }

    /// <summary>--horizon.</summary>
    public double? HorizonDays { get; init; }

    /// <summary>--set, applied before each point's own values.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>--regime, repeatable; empty means all.</summary>
    public IReadOnlyList<string> Regimes { get; init; } = [];

    /// <summary>--threads.</summary>
    public int? Threads { get; init; }

    /// <summary>--out, or null to write nothing.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>--force: replace the earlier outputs of the same command in --out instead of refusing the folder.</summary>
    public bool Force { get; init; }

    /// <summary>--shard: INDEX/COUNT, auto or auto/COUNT; null runs every point.</summary>
    public string? Shard { get; init; }

    /// <summary>The --set list with --trials, --seed and --horizon folded in.</summary>
    public IReadOnlyList<string> AllOverrides() => OverrideList.With(Overrides, Trials, Seed, HorizonDays);
}
