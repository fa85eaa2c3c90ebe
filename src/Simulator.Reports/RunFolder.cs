using System.Text.Json;
using Simulator.Loading;
using Simulator.Model;
using Simulator.Output;

namespace Simulator.Reports;

/// <summary>
/// Everything a report needs, read from a run's output folder: summary.json, survival.csv,
/// causes.csv, timing.json's time, scenario.yaml reloaded with the recorded overrides, and the
/// optional sweep.csv and sensitivity.csv. Unknown keys and columns are ignored.
/// </summary>
public sealed record RunFolder
{
    /// <summary>The folder.</summary>
    public required string Folder { get; init; }

    /// <summary>Scenario name.</summary>
    public required string ScenarioName { get; init; }

    /// <summary>Scenario source (file name or built-in).</summary>
    public string ScenarioSource { get; init; } = "";

    /// <summary>SHA-256 of the resolved scenario.</summary>
    public string ScenarioHash { get; init; } = "";

    /// <summary>The --set overrides recorded.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>Engine version.</summary>
    public string EngineVersion { get; init; } = "";

    /// <summary>Master seed (as text: it is a 64-bit unsigned number).</summary>
    public string Seed { get; init; } = "";

    /// <summary>Trials requested per regime.</summary>
    public long TrialsRequested { get; init; }

    /// <summary>Trials completed per regime.</summary>
    public long TrialsCompleted { get; init; }

    /// <summary>True when the run was cancelled.</summary>
    public bool Partial { get; init; }

    /// <summary>Horizon in days.</summary>
    public double HorizonDays { get; init; }

    /// <summary>Report days (the horizon last).</summary>
    public IReadOnlyList<double> ReportDays { get; init; } = [];

    /// <summary>Baseline regime id.</summary>
    public string BaselineId { get; init; } = "";

    /// <summary>Regimes in run order.</summary>
    public required IReadOnlyList<RegimeData> Regimes { get; init; }

    /// <summary>Comparisons with the baseline.</summary>
    public IReadOnlyList<ComparisonData> Comparisons { get; init; } = [];

    /// <summary>When the run finished: timing.json's last write time (UTC); null without it.</summary>
    public DateTime? RunTimeUtc { get; init; }

    /// <summary>The scenario reloaded from scenario.yaml and the overrides; null when that failed.</summary>
    public Scenario? Scenario { get; init; }

    /// <summary>Why the scenario could not be reloaded, when it could not.</summary>
    public string? ScenarioProblem { get; init; }

    /// <summary>sweep.csv, when present.</summary>
    public CsvTable? Sweep { get; init; }

    /// <summary>sensitivity.csv, when present.</summary>
    public CsvTable? Sensitivity { get; init; }

    /// <summary>calibration.json and its curves, when the folder holds a calibration.</summary>
    public CalibrationData? Calibration { get; init; }

    /// <summary>The baseline regime, or the first.</summary>
    public RegimeData? Baseline => Regimes.FirstOrDefault(r => r.Id == BaselineId) ?? Regimes.FirstOrDefault();

    /// <summary>A regime by id.</summary>
    public RegimeData? Regime(string id) => Regimes.FirstOrDefault(r => r.Id == id);

    /// <summary>Reads a run folder; throws <see cref="ReportInputException"/> when summary.json is missing or unreadable.</summary>
    public static RunFolder Read(string folder)
    {
        var summaryPath = Path.Combine(folder, OutputFiles.Summary);
        if (!File.Exists(summaryPath))
        {
            throw new ReportInputException($"'{folder}' has no {OutputFiles.Summary}: give the folder a run wrote with --out.");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(summaryPath));
        }
        catch (JsonException e)
        {
            throw new ReportInputException($"{summaryPath} is not valid JSON ({e.Message}).");
        }
        using (document)
        {
            return FromSummary(folder, document.RootElement);
        }
    }

    private static RunFolder FromSummary(string folder, JsonElement root)
    {
        var scenario = Obj(root, "scenario");
        var overrides = Arr(scenario, "overrides").Select(e => e.GetString() ?? "").ToList();
        var survival = CsvTable.TryRead(Path.Combine(folder, OutputFiles.Survival));
        var causes = CsvTable.TryRead(Path.Combine(folder, OutputFiles.Causes));
        var regimes = Arr(root, "regimes").Select(r => ReadRegime(r, survival, causes)).ToList();
        var timing = Path.Combine(folder, OutputFiles.Timing);
        var (reloaded, problem) = Reload(folder, Str(scenario, "source") ?? "scenario.yaml", overrides);
        return new RunFolder
        {
            Folder = folder,
            ScenarioName = Str(scenario, "name") ?? "(unnamed scenario)",
            ScenarioSource = Str(scenario, "source") ?? "",
            ScenarioHash = Str(scenario, "hash") ?? "",
            Overrides = overrides,
            EngineVersion = Str(root, "engine_version") ?? "",
            Seed = root.TryGetProperty("seed", out var seed) ? seed.GetRawText() : "",
            TrialsRequested = Long(root, "trials_requested"),
            TrialsCompleted = Long(root, "trials_completed"),
            Partial = root.TryGetProperty("partial", out var p) && p.ValueKind == JsonValueKind.True,
            HorizonDays = Num(root, "horizon_days") ?? 0,
            ReportDays = Arr(root, "report_days").Where(d => d.ValueKind == JsonValueKind.Number).Select(d => d.GetDouble()).ToList(),
            BaselineId = Str(root, "baseline_regime") ?? "",
            Regimes = regimes,
            Comparisons = Arr(root, "comparisons").Select(ReadComparison).ToList(),
            RunTimeUtc = File.Exists(timing) ? File.GetLastWriteTimeUtc(timing) : null,
            Scenario = reloaded,
            ScenarioProblem = problem,
            Sweep = SafeCsv(Path.Combine(folder, OutputFiles.Sweep)),
            Sensitivity = SafeCsv(Path.Combine(folder, OutputFiles.Sensitivity)),
            Calibration = CalibrationData.TryRead(folder),
        };
    }

    private static RegimeData ReadRegime(JsonElement r, CsvTable? survival, CsvTable? causes)
    {
        var id = Str(r, "id") ?? "";
        var median = Arr(r, "quartiles_days").FirstOrDefault(q => Num(q, "probability") == 0.5);
        var rmean = Obj(r, "restricted_mean_days");
        return new RegimeData
        {
            Id = id,
            Name = Str(r, "name") ?? id,
            Kind = Str(r, "kind") ?? "",
            Trials = Long(r, "trials"),
            Collapsed = Long(r, "collapsed"),
            Holds = Arr(r, "holds").Select(h => new DayEstimate(Num(h, "day") ?? 0, Num(h, "estimate") ?? 0, Num(h, "lower95"), Num(h, "upper95"))).ToList(),
            Median = median.ValueKind == JsonValueKind.Object && Num(median, "estimate") is { } m
                ? new DayEstimate(0.5, m, Num(median, "lower95"), Num(median, "upper95"))
                : null,
            RestrictedMean = Num(rmean, "estimate") is { } e ? new DayEstimate(0, e, Num(rmean, "lower95"), Num(rmean, "upper95")) : null,
            Causes = Arr(r, "causes").Select(c => new CauseShare(Str(c, "cause") ?? "", Long(c, "collapses"), Num(c, "share_of_collapses") ?? 0)).ToList(),
            Verification = ReadVerification(Obj(r, "verification")),
            Cost = ReadCost(Obj(r, "cost")),
            Curve = survival is null
                ? []
                : survival.Rows.Where(row => survival.Text(row, "regime") == id && survival.Number(row, "day") is not null)
                    .Select(row => new CurvePoint(survival.Number(row, "day")!.Value, survival.Number(row, "survival") ?? 0,
                        survival.Number(row, "lower95"), survival.Number(row, "upper95")))
                    .ToList(),
            Incidence = causes is null
                ? []
                : causes.Rows.Where(row => causes.Text(row, "regime") == id && causes.Number(row, "day") is not null)
                    .Select(row => new IncidencePoint(causes.Text(row, "cause"), causes.Number(row, "day")!.Value,
                        causes.Number(row, "cumulative_incidence") ?? 0, causes.Number(row, "std_error")))
                    .ToList(),
        };
    }

    private static readonly HashSet<string> ChartedVerificationKeys =
    [
        "incidents", "claims_true", "claims_unfounded", "confusion", "achieved_sensitivity", "achieved_specificity",
        "mean_days_to_verdict", "max_backlog", "access_refusals", "remedies", "retaliations", "time_share",
    ];

    private static CostData? ReadCost(JsonElement c) => c.ValueKind != JsonValueKind.Object
        ? null
        : new CostData(Num(c, "total") ?? 0, Num(c, "per_trial") ?? 0, Num(c, "per_day_held"), Num(c, "per_day_gained"),
            Long(c, "inspections"), Long(c, "refusals"), Long(c, "refusals_read_as_confirmation"));

    private static VerificationData? ReadVerification(JsonElement v)
    {
        if (v.ValueKind != JsonValueKind.Object) return null;
        var c = Obj(v, "confusion");
        var extra = v.EnumerateObject()
            .Where(p => !ChartedVerificationKeys.Contains(p.Name) && p.Value.ValueKind == JsonValueKind.Number)
            .Select(p => (p.Name, p.Value.GetDouble()))
            .ToList();
        return new VerificationData
        {
            True = [Long(c, "true_confirmed"), Long(c, "true_refuted"), Long(c, "true_inconclusive")],
            Unfounded = [Long(c, "unfounded_confirmed"), Long(c, "unfounded_refuted"), Long(c, "unfounded_inconclusive")],
            Incidents = Long(v, "incidents"),
            Sensitivity = Num(v, "achieved_sensitivity"),
            Specificity = Num(v, "achieved_specificity"),
            MeanDaysToVerdict = Num(v, "mean_days_to_verdict"),
            MaxBacklog = Long(v, "max_backlog"),
            AccessRefusals = Long(v, "access_refusals"),
            Remedies = Long(v, "remedies"),
            Retaliations = Long(v, "retaliations"),
            Extra = extra,
        };
    }

    private static ComparisonData ReadComparison(JsonElement c)
    {
        var rmst = Obj(c, "restricted_mean_difference_days");
        return new ComparisonData
        {
            RegimeId = Str(c, "regime") ?? "",
            BaselineId = Str(c, "baseline") ?? "",
            HoldDifferences = Arr(c, "hold_differences")
                .Select(d => new DayEstimate(Num(d, "day") ?? 0, Num(d, "difference") ?? 0, Num(d, "lower95"), Num(d, "upper95"))).ToList(),
            RestrictedMeanDifference = Num(rmst, "difference") is { } d
                ? new DayEstimate(0, d, Num(rmst, "lower95"), Num(rmst, "upper95"))
                : null,
            LogRankP = Num(Obj(c, "logrank"), "p_value"),
        };
    }

    private static (Scenario?, string?) Reload(string folder, string source, IReadOnlyList<string> overrides)
    {
        var path = Path.Combine(folder, OutputFiles.Scenario);
        if (!File.Exists(path)) return (null, $"the folder has no {OutputFiles.Scenario}");
        try
        {
            var result = ScenarioLoader.LoadText(File.ReadAllText(path), source, overrides);
            return result.Succeeded
                ? (result.Scenario, null)
                : (null, $"{OutputFiles.Scenario} no longer loads: {result.Errors.FirstOrDefault()}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{OutputFiles.Scenario} could not be read: {e.Message}");
        }
    }

    private static CsvTable? SafeCsv(string path)
    {
        try
        {
            return CsvTable.TryRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static JsonElement Obj(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : default;

    private static IEnumerable<JsonElement> Arr(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Num(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static long Long(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var l) ? l : 0;
}
