using Simulator.Application.Scenarios;

namespace Simulator.Application.Calibration;

/// <summary>What `calibrate` is asked: the scenario, the data and their columns, the groups, what to fit, how many trials, where to write.</summary>
public sealed record CalibrationSpec
{
    /// <summary>The scenario: a file, a text or the built-in one.</summary>
    public ScenarioInput Scenario { get; init; } = ScenarioInput.BuiltIn;

    /// <summary>--data: the CSV file of observed durations.</summary>
    public required string DataFile { get; init; }

    /// <summary>--duration-column.</summary>
    public required string DurationColumn { get; init; }

    /// <summary>--event-column (1 = the event happened, 0 = censored).</summary>
    public required string EventColumn { get; init; }

    /// <summary>--time-unit: days (default) or years.</summary>
    public string TimeUnit { get; init; } = "days";

    /// <summary>--group-column, or null when the data are one group (compared with the baseline regime).</summary>
    public string? GroupColumn { get; init; }

    /// <summary>--group REGIME=VALUE, repeatable: the rows whose group column is VALUE are compared with REGIME.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>--where COLUMN=VALUE, repeatable: only rows where COLUMN is VALUE are used.</summary>
    public IReadOnlyList<string> Where { get; init; } = [];

    /// <summary>--fit key.path=lo:hi, repeatable; empty fits the scenario's uncertain values within their ranges.</summary>
    public IReadOnlyList<string> Fit { get; init; } = [];

    /// <summary>--trials per regime at every parameter point.</summary>
    public long? Trials { get; init; }

    /// <summary>--seed, the same at every parameter point.</summary>
    public ulong? Seed { get; init; }

    /// <summary>--horizon in days: the model is simulated to it and longer observations are censored there.</summary>
    public double? HorizonDays { get; init; }

    /// <summary>--set, applied under the fitted values.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>--threads.</summary>
    public int? Threads { get; init; }

    /// <summary>--out, or null to write nothing.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>--force: replace the earlier outputs in --out instead of refusing the folder.</summary>
    public bool Force { get; init; }

    /// <summary>The --set list with --trials, --seed and --horizon folded in.</summary>
    public IReadOnlyList<string> AllOverrides() => OverrideList.With(Overrides, Trials, Seed, HorizonDays);
}
