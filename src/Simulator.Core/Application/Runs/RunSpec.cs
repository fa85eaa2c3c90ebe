using Simulator.Output;
using Simulator.Application.Scenarios;

namespace Simulator.Application.Runs;

/// <summary>What a front end asks `run` for, before the gate has judged it.</summary>
public sealed record RunSpec
{
    /// <summary>The scenario: a file, a text or the built-in one.</summary>
    public ScenarioInput Scenario { get; init; } = ScenarioInput.BuiltIn;

    /// <summary>--trials.</summary>
    public long? Trials { get; init; }

    /// <summary>--seed.</summary>
    public ulong? Seed { get; init; }

    /// <summary>--threads.</summary>
    public int? Threads { get; init; }

    /// <summary>--horizon.</summary>
    public double? HorizonDays { get; init; }

    /// <summary>--out: the run folder, or null to write nothing.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>--force: replace the outputs of an earlier run in --out instead of refusing the folder.</summary>
    public bool Force { get; init; }

    /// <summary>--trials-csv.</summary>
    public bool WriteTrialsCsv { get; init; }

    /// <summary>--survival: which times survival.csv lists (bounded by default, every one with full).</summary>
    public SurvivalRows SurvivalRows { get; init; }

    /// <summary>--regime, repeatable; empty means all.</summary>
    public IReadOnlyList<string> Regimes { get; init; } = [];

    /// <summary>--set, repeatable.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>--resume: the folder of an interrupted run to continue (null for a new run).</summary>
    public string? ResumeFolder { get; init; }

    /// <summary>--precision: the 95 % half-width to reach (null: a fixed number of trials).</summary>
    public double? Precision { get; init; }

    /// <summary>--target: holds, rmst or paired (with --precision).</summary>
    public string? PrecisionTarget { get; init; }

    /// <summary>--max-trials: bound on a precision-driven run.</summary>
    public long? MaxTrials { get; init; }

    /// <summary>--report: write report.html into --out.</summary>
    public bool Report { get; init; }

    /// <summary>--plots: write each chart as PNG and SVG into --out.</summary>
    public bool Plots { get; init; }

    /// <summary>--shard: INDEX/COUNT, auto or auto/COUNT (see <see cref="Sharding.ShardOption"/>); null runs every trial.</summary>
    public string? Shard { get; init; }

    /// <summary>The --set list with --trials, --seed and --horizon folded in, so they are validated like the file.</summary>
    public IReadOnlyList<string> AllOverrides() => OverrideList.With(Overrides, Trials, Seed, HorizonDays);
}
