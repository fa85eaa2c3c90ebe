using Simulator.Storage;

namespace Simulator.Output;

/// <summary>Names of every file the commands write into a folder (docs/output-format.md, docs/sweeps.md), each defined once.</summary>
public static class OutputFiles
{
    /// <summary>Deterministic summary of the run: identical bytes for identical scenario, seed and trials.</summary>
    public const string Summary = "summary.json";

    /// <summary>What varies between identical runs: wall time, throughput, machine.</summary>
    public const string Timing = "timing.json";

    /// <summary>A copy of the scenario's source text; with summary.json's overrides it reproduces the run.</summary>
    public const string Scenario = "scenario.yaml";

    /// <summary>One row per trial per regime (with --trials-csv).</summary>
    public const string Trials = "trials.csv";

    /// <summary>The trials as trials.csv holds them, in Apache Parquet (with --trials-parquet).</summary>
    public const string TrialsParquet = "trials.parquet";

    /// <summary>Kaplan–Meier curve per regime at every distinct time.</summary>
    public const string Survival = "survival.csv";

    /// <summary>Paired comparisons of each regime with the baseline.</summary>
    public const string Comparisons = "comparisons.csv";

    /// <summary>Paired comparisons with the baseline at every report day, one row per regime and day.</summary>
    public const string ComparisonsByDay = "comparisons-by-day.csv";

    /// <summary>Cumulative incidence of collapse by cause.</summary>
    public const string Causes = "causes.csv";

    /// <summary>The HTML report (report, run --report).</summary>
    public const string Report = "report.html";

    /// <summary>A sweep's points, one row per point and regime.</summary>
    public const string Sweep = "sweep.csv";

    /// <summary>sweep.csv in long format: one row per point, regime, day and measure.</summary>
    public const string SweepLong = "sweep-long.csv";

    /// <summary>What produced sweep.csv.</summary>
    public const string SweepManifest = "sweep.json";

    /// <summary>A sample's points, as sweep.csv.</summary>
    public const string Sample = "sample.csv";

    /// <summary>sample.csv in long format, as sweep-long.csv.</summary>
    public const string SampleLong = "sample-long.csv";

    /// <summary>What produced sample.csv.</summary>
    public const string SampleManifest = "sample.json";

    /// <summary>Sensitivity indices, ranked.</summary>
    public const string Sensitivity = "sensitivity.csv";

    /// <summary>The points a sensitivity analysis ran, as sweep.csv.</summary>
    public const string SensitivityPoints = "sensitivity-points.csv";

    /// <summary>What produced sensitivity.csv.</summary>
    public const string SensitivityManifest = "sensitivity.json";

    /// <summary>Each regime on cost and intrusiveness against durability, Pareto-efficient ones marked (run).</summary>
    public const string Frontier = "frontier.csv";

    /// <summary>PRIM's boxes and trajectory over a sample's or sweep's points (discover).</summary>
    public const string Discovery = "discovery.json";

    /// <summary>PRIM's boxes, one row per restricted parameter (discover).</summary>
    public const string DiscoveryTable = "discovery.csv";

    /// <summary>Each regime's spread, regret and satisficing share across a sample's worlds (robustness).</summary>
    public const string Robustness = "robustness.csv";

    /// <summary>The cost–durability frontier across a sample's worlds (robustness).</summary>
    public const string RobustnessFrontier = "robustness-frontier.csv";

    /// <summary>The calibrated scenario: the source text with the fitted values written in, under a header.</summary>
    public const string Calibrated = "calibrated.yaml";

    /// <summary>A calibration's fitted parameters, intervals and fit statistics.</summary>
    public const string Calibration = "calibration.json";

    /// <summary>Data and model survival curves with their bands, per group of a calibration.</summary>
    public const string CalibrationCurves = "calibration-curves.csv";

    /// <summary>A shard's exact tallies and provenance (run or study with --shard), which merge reads.</summary>
    public const string Shard = "shard.bin";

    /// <summary>Every finished file of the folder with its length and SHA-256, written last; readers trust only what it lists.</summary>
    public const string Manifest = "manifest.json";

    /// <summary>The checkpoint of an unfinished run (removed when the run completes).</summary>
    public const string Checkpoint = "checkpoint.bin";

    /// <summary>The one-writer lock, present while a process writes the folder.</summary>
    public const string Lock = FolderLock.FileName;

    /// <summary>The files a run writes (with <see cref="Scenario"/>, shared with the studies).</summary>
    public static IReadOnlyList<string> RunFiles { get; } = [Summary, Timing, Survival, Comparisons, ComparisonsByDay, Causes, Frontier, Trials, TrialsParquet, Checkpoint];

    /// <summary>The files a shard writes: its shard file, its timing and, with --trials-csv, its rows.</summary>
    public static IReadOnlyList<string> ShardFiles { get; } = [Shard, Timing, Trials];

    /// <summary>The files calibrate writes beside the run of the calibrated scenario and its report.</summary>
    public static IReadOnlyList<string> CalibrationFiles { get; } = [Calibrated, Calibration, CalibrationCurves];

    /// <summary>The files discover writes.</summary>
    public static IReadOnlyList<string> DiscoveryFiles { get; } = [Discovery, DiscoveryTable];

    /// <summary>The files robustness writes.</summary>
    public static IReadOnlyList<string> RobustnessFiles { get; } = [Robustness, RobustnessFrontier];

    /// <summary>The files each study command writes (with <see cref="Scenario"/>).</summary>
    public static IReadOnlyList<string> StudyFiles(string command) => command switch
    {
        "sweep" => [Sweep, SweepLong, SweepManifest],
        "sample" => [Sample, SampleLong, SampleManifest],
        "sensitivity" => [Sensitivity, SensitivityPoints, SensitivityManifest],
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "not a study command"),
    };

    /// <summary>Longest file-name stem made from an id (with its hash suffix).</summary>
    public const int MaxStem = 80;

    /// <summary>
    /// A file name for something named by an id from the scenario (a chart per regime, per
    /// parameter): the id itself when it is short and plain (lowercase letters, digits, '_', '-'),
    /// otherwise a slug of it cut to length with a hash of the whole id, so any id (300 characters,
    /// slashes, dots, capitals) gives a distinct, bounded, plain name. Ids never become paths.
    /// </summary>
    public static string NameFor(string id, string extension)
    {
        ArgumentNullException.ThrowIfNull(id);
        var plain = id.Length is > 0 and <= MaxStem && id[0] != '-' && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-');
        if (plain) return id + extension;
        var slug = new string(id.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
        slug = string.Join('-', slug.Split('-', StringSplitOptions.RemoveEmptyEntries));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)))[..12];
        var room = MaxStem - hash.Length - 1;
        if (slug.Length > room) slug = slug[..room].TrimEnd('-');
        return (slug.Length == 0 ? hash : slug + "-" + hash) + extension;
    }

    /// <summary>True for a name that stays inside its folder: no separator, not . or .., no control character, at most 255 bytes.</summary>
    public static bool IsPlainName(string name) =>
        name.Length is > 0 and <= 255 && name != "." && name != ".." && name.IndexOfAny(['/', '\\', '\0']) < 0
        && !name.Any(char.IsControl) && System.Text.Encoding.UTF8.GetByteCount(name) <= 255;
}
